import Foundation

/// The 评价等次 a score earns: 优秀 ≥ 90, 良好 ≥ 80, 中 ≥ 60, 差 below.
public enum Grade: String, Sendable, Hashable, Codable, CaseIterable {
    case excellent = "优秀"
    case good = "良好"
    case fair = "中"
    case poor = "差"

    /// The grade a total score earns.
    public init(score: Decimal) {
        switch score {
        case 90...: self = .excellent
        case 80...: self = .good
        case 60...: self = .fair
        default: self = .poor
        }
    }

    /// Reads a grade as reports write it; `一般` is the older name of 中.
    public init?(reported text: String) {
        if text == "一般" { self = .fair; return }
        self.init(rawValue: text)
    }
}

/// Whether a record is public: only published and withdrawn records appear on the site.
public enum RecordStatus: String, Sendable, Hashable, Codable {
    case published
    case draft
    case withdrawn
}
