import Crypto
import Foundation

/// SHA-256 digests, written as hex, that name exact inputs for the build cache.
enum Digest {
    static func hex(of data: some DataProtocol) -> String {
        SHA256.hash(data: data).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    /// One digest for an ordered list of parts.
    static func combine(_ parts: [String]) -> String {
        hex(of: Data(parts.joined(separator: "\n").utf8))
    }
}
