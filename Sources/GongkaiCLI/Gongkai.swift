import ArgumentParser

@main
struct GongkaiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "Publishes performance self-evaluation records as a static disclosure site.",
        subcommands: [Check.self, Build.self],
        defaultSubcommand: Build.self
    )
}
