import Foundation

/// The “三公” totals a narrative sentence states for the report's own year, read so as to miss rather than misread.
///
/// A sentence counts only when its subject is the year's “三公” funds, written 三公经费 or “三公”经费, and the
/// clause right after that states a total: `2023年“三公”经费年初预算数0万元（公务接待费0万元），实际支出0万元`.
/// What is in brackets is left out. Later clauses count while they start with a total's name (`，全年预算数0.30万元`)
/// or name an item; the first about anything else ends the sentence's subject. Clauses that compare (`比上年减少`)
/// and sentences about another year (`上年“三公”经费`, `2022年`) are left alone, budgets too in a sentence that
/// adjusts one (`追加`), and so are amounts not written as a number of 万元.
enum ThreePublicText {
    enum Kind {
        case budget, actual
    }

    /// One total as written: its kind, its name and digits as the text gives them, and its value.
    struct Amount: Equatable {
        let kind: Kind
        let name: String
        let text: String
        let value: Decimal
    }

    private static let mentions = ["三公”经费", "三公\"经费", "三公经费"]
    private static let otherYears = ["上年", "去年", "上一年", "以前年度", "下一年", "明年", "次年"]
    private static let comparisons = ["比", "较", "上年", "去年", "同期", "增加", "减少", "下降", "增长", "节约", "压减", "持平"]
    private static let adjustments = ["追加", "调整", "调增", "调减"]
    private static let items = ["公务接待", "公务用车", "出国", "出境", "因公"]
    private static let labels: [(Kind, [String])] = [(.budget, ["预算"]), (.actual, ["实际支出", "决算", "支出"])]
    /// What a later clause starts with when it states a total of its own.
    private static let totalNames = ["预算", "年初预算", "全年预算", "调整后预算", "实际支出", "决算", "支出"]

    /// The totals `sentence` states for `year`; empty unless it states one as described above.
    static func amounts(in sentence: Substring, year: Int) -> [Amount] {
        guard let mention = mentions.lazy.compactMap({ sentence.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return [] }
        let before = String(sentence[..<mention.lowerBound])
        guard !otherYears.contains(where: before.contains),
              RecordChecks.years(in: before, suffix: "年").allSatisfy({ $0 == year }) else { return [] }
        let rest = withoutBrackets(normalized(sentence[mention.upperBound...]))
        let clauses = rest.split(whereSeparator: { "，,、".contains($0) })
        guard let first = clauses.first else { return [] }
        var found = amounts(in: first)
        guard !found.isEmpty else { return [] }
        for clause in clauses.dropFirst() {
            if totalNames.contains(where: { clause.hasPrefix($0) }) {
                found += amounts(in: clause)
            } else if !items.contains(where: clause.contains) {
                break
            }
        }
        return adjustments.contains(where: rest.contains) ? found.filter { $0.kind != .budget } : found
    }

    /// The first amount of each kind in `clause` written right after its name, unless the clause compares or
    /// names an item.
    private static func amounts(in clause: Substring) -> [Amount] {
        guard !comparisons.contains(where: clause.contains), !items.contains(where: clause.contains) else { return [] }
        return labels.compactMap { kind, names in
            names.lazy.compactMap { amount(in: clause, after: $0) }.first.map {
                Amount(kind: kind, name: $0.name, text: $0.text, value: $0.value)
            }
        }
    }

    /// The number of 万元 written right after the first `label` in `clause` that is followed by one, with at most
    /// 数, 为, 是, 共, 合计, 总额 or a colon between, e.g. 0.3 in `年初预算数为0.3万元`; `name` is the clause up to
    /// the label and its 数, `年初预算数` there.
    private static func amount(in clause: Substring, after label: String) -> (name: String, text: String, value: Decimal)? {
        var rest = clause[...]
        while let found = rest.range(of: label) {
            rest = rest[found.upperBound...]
            let number = rest.drop { "数为是: 共计合总额".contains($0) }
            let digits = number.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            let unit = number.dropFirst(digits.count).drop { $0 == " " }
            if digits.first?.isNumber == true, unit.hasPrefix("万元"), let value = try? DecimalText.parse(String(digits)).get() {
                let nameEnd = rest.first == "数" ? rest.index(after: rest.startIndex) : rest.startIndex
                return (String(clause[..<nameEnd]), String(digits), value)
            }
        }
        return nil
    }

    /// `text` as NFKC makes its full-width forms (`０．３` → `0.3`, `：` → `:`), with Markdown's `**` removed.
    private static func normalized(_ text: Substring) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { SearchTokenizer.fullWidthASCII($0) ?? $0 }))
            .replacingOccurrences(of: "**", with: "")
    }

    /// `text` without what is in brackets, nested ones included: breakdowns and asides.
    private static func withoutBrackets(_ text: String) -> String {
        var depth = 0
        return String(text.filter { character in
            if "（(".contains(character) { depth += 1; return false }
            if "）)".contains(character) { depth = max(0, depth - 1); return false }
            return depth == 0
        })
    }
}
