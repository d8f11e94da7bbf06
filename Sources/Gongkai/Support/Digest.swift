import Crypto
import Foundation

/// SHA-256 digests, written as hex, that name exact inputs for the build cache.
enum Digest {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The SHA-256 of `data`, as 64 lowercase hex digits.
    static func hex(of data: some DataProtocol) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(2 * SHA256.byteCount)
        for byte in SHA256.hash(data: data) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// One digest for an ordered list of parts.
    static func combine(_ parts: [String]) -> String {
        hex(of: Data(parts.joined(separator: "\n").utf8))
    }
}
