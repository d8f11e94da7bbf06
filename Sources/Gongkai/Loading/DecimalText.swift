import Foundation

/// Reads a number from its written text exactly, never through `Double`.
enum DecimalText {
    enum Failure: Error, Equatable {
        case notANumber
        case tooManyDigits
    }

    /// Parses `312.95`, `-4`, `+0.5`; refuses exponents, `.nan`, `.inf`, separators and more digits than `Limits` allow.
    static func parse(_ text: String) -> Result<Decimal, Failure> {
        var digitsBefore = 0
        var digitsAfter = 0
        var seenPoint = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard index == 0 else { return .failure(.notANumber) }
            case UInt8(ascii: "."):
                guard !seenPoint, digitsBefore > 0 else { return .failure(.notANumber) }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            default:
                return .failure(.notANumber)
            }
        }
        guard digitsBefore > 0, !seenPoint || digitsAfter > 0 else { return .failure(.notANumber) }
        let significantBefore = text.drop { "+-0".contains($0) }.prefix { $0 != "." }.count
        guard significantBefore <= Limits.integerDigits, digitsAfter <= Limits.fractionDigits else {
            return .failure(.tooManyDigits)
        }
        let unsigned = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard let value = Decimal(string: unsigned, locale: Locale(identifier: "en_US_POSIX")) else {
            return .failure(.notANumber)
        }
        return .success(value)
    }
}
