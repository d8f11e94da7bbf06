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
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data(((unknownCommand(error) ?? fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// The message for a usage error caused by a mistyped command, which otherwise reads as an unexpected argument to
    /// `build`, the default command, followed by build's usage; nil for any other error.
    private static func unknownCommand(_ error: Error) -> String? {
        guard let word = CommandLine.arguments.dropFirst().first, !word.hasPrefix("-"), !commandNames.contains(word),
              message(for: error).contains("'\(word)'") else { return nil }
        let advice = EditDistance.nearest(to: word, among: commandNames).map { "did you mean '\($0)'?" }
            ?? "the commands are \(commandNames.joined(separator: " and "))"
        return "error: unknown command '\(word)'; \(advice)"
    }
}
