import Crypto
import Foundation

/// SHA-256 digests, written as hex, that name exact inputs for the build cache.
enum Digest {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The SHA-256 of `data`, as 64 lowercase hex digits.
    static func hex(of data: some DataProtocol) -> String {
        hex(SHA256.hash(data: data))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(2 * SHA256.byteCount)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// One digest for an ordered list of texts, each hashed after its length, so no text can pass for a boundary
    /// between two others.
    static func hex(ofTexts texts: some Sequence<String>) -> String {
        var hasher = SHA256()
        for var text in texts {
            withUnsafeBytes(of: UInt64(text.utf8.count).littleEndian) { hasher.update(bufferPointer: $0) }
            text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        return hex(hasher.finalize())
    }

    /// One digest for an ordered list of parts.
    static func combine(_ parts: [String]) -> String {
        hex(of: Data(parts.joined(separator: "\n").utf8))
    }
}
