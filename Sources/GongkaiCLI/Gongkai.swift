import ArgumentParser
#if canImport(CJemalloc)
// Linked for its malloc, which replaces the C library's in the whole program: a build makes millions of small
// allocations on every core, and jemalloc serves them in less time than glibc's allocator. On Linux the build
// needs libjemalloc-dev, which scripts/build-site and scripts/test install.
import CJemalloc
#endif
import Foundation
import Gongkai

@main
struct GongkaiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "Publishes performance self-evaluation records as a static disclosure site.",
        version: "gongkai \(GongkaiVersion.current), record format \(GongkaiVersion.recordFormat)",
        subcommands: [Check.self, Build.self],
        defaultSubcommand: Build.self
    )

    private static var commandNames: [String] { configuration.subcommands.compactMap { $0.configuration.commandName } }

    /// Parses and runs the command; a usage error exits 2, as `check`'s contract says, not ArgumentParser's 64.
    static func main() {
        if let word = CommandLine.arguments.dropFirst().first, !word.hasPrefix("-"),
           word != "help", !commandNames.contains(word) {
            // Neither command takes a bare word, so this is a command mistyped; without this, it reads as
            // an unexpected argument to `build`, the default, and prints build's usage.
            let advice = EditDistance.nearest(to: word, among: commandNames).map { "did you mean '\($0)'?" }
                ?? "the commands are \(commandNames.joined(separator: " and "))"
            FileHandle.standardError.write(Data("error: unknown command '\(word)'; \(advice)\n".utf8))
            Foundation.exit(2)
        }
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
