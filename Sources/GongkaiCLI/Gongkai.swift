import ArgumentParser
#if canImport(CJemalloc)
// Linked for its malloc, which replaces the C library's in the whole program: a build makes millions of small
// allocations on every core, and jemalloc serves them in less time than glibc's allocator. On Linux the build
// needs libjemalloc-dev, which scripts/build-site and scripts/test install.
import CJemalloc
#endif
import Foundation

@main
struct GongkaiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "Publishes performance self-evaluation records as a static disclosure site.",
        subcommands: [Check.self, Build.self],
        defaultSubcommand: Build.self
    )

    /// Parses and runs the command; a usage error exits 2, as `check`'s contract says, not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
