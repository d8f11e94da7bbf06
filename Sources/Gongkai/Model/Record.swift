import Foundation

/// One unit's overall self-evaluation for one fiscal year, as its `<year>.md` states it.
///
/// Every published text in a record has had personal numbers replaced by ［已隐去］ when it was loaded,
/// so nothing built from a record can leak them.
public struct Record: Sendable, Hashable, Decodable {
    public var unitID: String
    public var year: Int
    public var status: RecordStatus
    public var publishedOn: Day?
    public var approvedOn: Day?
    public var preparedOn: Day?
    public var title: String?
    public var withdrawnNote: String?
    public var conclusion: String?
    public var score: Decimal?
    public var grade: Grade?
    public var staffing: Staffing?
    public var budget: Budget? {
        didSet { computedExecutionRate = Self.executionRate(of: budget) }
    }
    /// 全年执行数 ÷ 全年预算数 as a percentage, to four decimals; nil unless both are stated and the budget is not zero.
    /// Kept, as every list and chart shows it.
    public private(set) var computedExecutionRate: Decimal?
    public var income: Income?
    public var expenditure: Expenditure?
    public var previousYear: PreviousYear?
    public var threePublic: ThreePublic?
    public var indicators: [Indicator] = [] {
        didSet {
            recomputedScore = Self.total(indicators.map(\.score))
            indicatorWeightTotal = Self.total(indicators.map(\.weight))
        }
    }
    /// The sum of the indicators' scores; nil unless every indicator states one. Kept, as lists show it for every record.
    public private(set) var recomputedScore: Decimal?
    /// The sum of the indicators' weights; nil unless every indicator states one. Kept, as lists grade by it.
    public private(set) var indicatorWeightTotal: Decimal?
    public var projects: [Project] = []
    public var figures: [Figure] = []
    public var problems: [String] = []
    public var measures: [String] = []
    public var corrections: [Correction] = []
    public var attachments: [Attachment] = []
    public var contact: Contact?
    /// The Markdown narrative after the front matter.
    public var body: String = ""
    /// The narrative as a reader sees it, without its Markdown, for the search index: made once when the record is
    /// loaded, and kept in the record cache with the rest.
    public var narrativeText: String = ""
    /// The record's file relative to the content folder's parent, e.g. `content/units/x/2023.md`.
    public var sourcePath: String = ""

    public init(unitID: String, year: Int, status: RecordStatus) {
        self.unitID = unitID
        self.year = year
        self.status = status
    }

    public var isPublic: Bool { status != .draft }
}

public struct Staffing: Sendable, Hashable, Decodable {
    public var authorized: Decimal?
    public var actual: Decimal?
    public var retired: Decimal?
}

public struct Budget: Sendable, Hashable, Decodable {
    public var initial: Decimal?
    public var adjusted: Decimal?
    public var executed: Decimal?
    public var executionRate: Decimal?
    public var carryoverStart: Decimal?
    public var carryoverEnd: Decimal?
}

public struct Income: Sendable, Hashable, Decodable {
    public var total: Decimal?
    public var fiscal: Decimal?
    public var other: Decimal?
}

public struct Expenditure: Sendable, Hashable, Decodable {
    public var total: Decimal?
    public var basic: BasicExpenditure?
    public var project: Decimal?
    public var byFund: FundBreakdown?
}

public struct BasicExpenditure: Sendable, Hashable, Decodable {
    public var total: Decimal?
    public var personnel: Decimal?
    public var publicFunds: Decimal?
}

public struct FundBreakdown: Sendable, Hashable, Decodable {
    public var generalPublic: Decimal?
    public var governmentFund: Decimal?
    public var stateCapital: Decimal?
    public var socialInsurance: Decimal?
}

public struct PreviousYear: Sendable, Hashable, Decodable {
    public var income: Decimal?
    public var expenditure: Decimal?
    public var basic: Decimal?
    public var project: Decimal?
    public var threePublic: Decimal?
}

/// "三公"经费 budget and actual.
public struct ThreePublic: Sendable, Hashable, Decodable {
    public var budget: ThreePublicAmounts?
    public var actual: ThreePublicAmounts?
}

public struct ThreePublicAmounts: Sendable, Hashable, Decodable {
    public var total: Decimal?
    public var reception: Decimal?
    public var vehiclePurchase: Decimal?
    public var vehicleOperation: Decimal?
    public var overseas: Decimal?

    /// The stated total, or the sum of the stated parts where the total is missing.
    public var effectiveTotal: Decimal? {
        if let total { return total }
        let parts = [reception, vehiclePurchase, vehicleOperation, overseas].compactMap { $0 }
        return parts.isEmpty ? nil : parts.reduce(0, +)
    }
}

/// One row of the 绩效指标 table.
public struct Indicator: Sendable, Hashable {
    public var level1: String?
    public var level2: String?
    public var name: String?
    public var target: String?
    public var actual: String?
    public var weight: Decimal?
    public var score: Decimal?
    public var note: String?
}

/// An indicator is read from the record cache as an array of its fields in declaration order, as `cacheJSON` writes
/// it: a record holds dozens, and an array decodes without the table of keys a JSON object needs.
extension Indicator: Decodable {
    public init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        level1 = try fields.decodeIfPresent(String.self)
        level2 = try fields.decodeIfPresent(String.self)
        name = try fields.decodeIfPresent(String.self)
        target = try fields.decodeIfPresent(String.self)
        actual = try fields.decodeIfPresent(String.self)
        weight = try fields.decodeIfPresent(Decimal.self)
        score = try fields.decodeIfPresent(Decimal.self)
        note = try fields.decodeIfPresent(String.self)
    }
}

public struct Project: Sendable, Hashable, Decodable {
    public var name: String?
    public var budget: Decimal?
    public var executed: Decimal?
    public var score: Decimal?
    public var summary: String?
}

public struct Figure: Sendable, Hashable, Decodable {
    public var label: String
    public var value: Decimal?
    public var unit: String?
}

public struct Correction: Sendable, Hashable, Decodable {
    public var date: Day
    public var note: String
}

public struct Attachment: Sendable, Hashable, Decodable {
    /// The path relative to the unit folder, always under `files/`.
    public var file: String
    public var title: String?
}

public struct Contact: Sendable, Hashable, Decodable {
    public var name: String?
    public var phone: String?
}
