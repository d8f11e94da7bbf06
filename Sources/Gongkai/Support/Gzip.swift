import CLibdeflate
import Foundation
import Synchronization

/// Gzip through libdeflate, which compresses whole buffers about twice as fast as zlib: every libdeflate call
/// Gongkai makes is in this file.
enum Gzip {
    /// Why data could not be gunzipped.
    struct Failure: Error, CustomStringConvertible {
        let result: libdeflate_result
        var description: String { "libdeflate could not decompress the data: result \(result.rawValue)" }
    }

    /// The compression level of every file the site publishes gzipped: libdeflate's fastest. On the index of
    /// 10,000 records its files are 2% larger than at the default level 6, and gzipping takes 40% less time.
    static let level: Int32 = 1

    /// `data` gzipped; the header carries no name and no time, so the same data always gives the same bytes.
    static func compress(_ data: Data) -> Data {
        let compressor = Compressor.take()
        defer { compressor.putBack() }
        let bound = libdeflate_gzip_compress_bound(compressor.pointer, data.count)
        var output = Data(count: bound)
        let size = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                libdeflate_gzip_compress(compressor.pointer, input.baseAddress, input.count, out.baseAddress, out.count)
            }
        }
        precondition(size > 0, "libdeflate's bound was too small for \(data.count) bytes")
        output.count = size
        return output
    }

    /// The data inside gzipped `data`, which holds one gzip member.
    static func decompress(_ data: Data) throws -> Data {
        guard let decompressor = libdeflate_alloc_decompressor() else { fatalError("libdeflate could not allocate a decompressor") }
        defer { libdeflate_free_decompressor(decompressor) }
        // The trailer's last four bytes are the size, modulo 2^32; DEFLATE never expands more than 1032 times.
        let stated = data.count >= 4 ? data.suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) } : 0
        var output = Data(count: min(stated, data.count * 1032))
        var size = 0
        let result = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                libdeflate_gzip_decompress(decompressor, input.baseAddress, input.count, out.baseAddress, out.count, &size)
            }
        }
        guard result == LIBDEFLATE_SUCCESS else { throw Failure(result: result) }
        output.count = size
        return output
    }

    /// A libdeflate compressor at `level`, kept for the next call once done: allocating one sets up hundreds of
    /// kilobytes of tables, which cost more than compressing a small index file.
    private struct Compressor: @unchecked Sendable {
        /// Compressors not in use. A compressor serves one call at a time; the pool holds at most one per thread.
        private static let idle = Mutex<[Compressor]>([])

        let pointer: OpaquePointer

        /// An idle compressor, or a new one when every one is in use.
        static func take() -> Compressor {
            if let compressor = idle.withLock({ $0.popLast() }) { return compressor }
            guard let pointer = libdeflate_alloc_compressor(level) else { fatalError("libdeflate could not allocate a compressor") }
            return Compressor(pointer: pointer)
        }

        /// Makes the compressor available to the next call; the caller must not use it again.
        func putBack() {
            Self.idle.withLock { $0.append(self) }
        }
    }
}
