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
        var significant = 0
        var seenPoint = false
        var negative = false
        var mantissa: UInt64 = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard index == 0 else { return .failure(.notANumber) }
                negative = byte == UInt8(ascii: "-")
            case UInt8(ascii: "."):
                guard !seenPoint, digitsBefore > 0 else { return .failure(.notANumber) }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
                if significant > 0 || byte != UInt8(ascii: "0") || seenPoint {
                    significant += 1
                    if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0")) }
                }
            default:
                return .failure(.notANumber)
            }
        }
        guard digitsBefore > 0, !seenPoint || digitsAfter > 0 else { return .failure(.notANumber) }
        guard significant - digitsAfter <= Limits.integerDigits, digitsAfter <= Limits.fractionDigits else {
            return .failure(.tooManyDigits)
        }
        guard significant <= 19 else {
            let unsigned = text.hasPrefix("+") ? String(text.dropFirst()) : text
            return Decimal(string: unsigned, locale: Locale(identifier: "en_US_POSIX")).map { .success($0) } ?? .failure(.notANumber)
        }
        return .success(Decimal(sign: negative && mantissa != 0 ? .minus : .plus, exponent: -digitsAfter, significand: Decimal(mantissa)))
    }
}
