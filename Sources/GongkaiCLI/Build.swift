import ArgumentParser
import Foundation
import Gongkai

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the site into the output folder; on any error the folder is left as it was."
    )

    @Option(name: .long, help: "The content folder to build.")
    var content: String = "content"

    @Option(name: .long, help: "The folder the site is written to.")
    var out: String = "public"

    @Option(name: .long, help: "A theme folder whose templates and assets replace the default theme's by name.")
    var theme: String?

    @Option(name: .customLong("default-theme"), help: "The default theme folder.")
    var defaultTheme: String = "themes/default"

    @Option(name: .customLong("base-url"), help: "The absolute URL the site is served under, replacing base_url in site.yaml.")
    var baseURL: String?

    @Flag(help: "Build into a folder that holds files Gongkai did not write, keeping them.")
    var force = false

    @Flag(help: "After building, build clean into a temporary folder and report any file that differs.")
    var verify = false

    func run() throws {
        let started = Date()
        let options = BuildOptions(
            content: URL(fileURLWithPath: content), contentDisplay: content, output: URL(fileURLWithPath: out),
            theme: theme.map { URL(fileURLWithPath: $0) }, defaultTheme: URL(fileURLWithPath: defaultTheme),
            baseURL: baseURL, force: force)
        do {
            let report = try SiteBuilder.build(options, progress: Terminal.progress)
            for diagnostic in report.diagnostics { Terminal.printDiagnostic(diagnostic) }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("built \(out): \(Terminal.count(report.units, "unit")), \(Terminal.count(report.records, "record")), \(Terminal.count(report.pages, "page")) (\(report.rendered) rendered), \(Terminal.count(report.files, "file")) (\(report.changed) changed), \(Terminal.count(report.diagnostics.warnings.count, "warning")) in \(seconds) s")
            if verify {
                let differences = try SiteBuilder.verify(options, progress: Terminal.progress)
                for difference in differences { print("verify: \(difference)") }
                guard differences.isEmpty else {
                    print("verify: \(differences.count) files differ from a clean build")
                    throw ExitCode(1)
                }
                print("verify: identical to a clean build")
            }
        } catch let failure as BuildFailure {
            for diagnostic in failure.diagnostics { Terminal.printDiagnostic(diagnostic) }
            if let message = failure.message { print(message) }
            print("build stopped: \(out) was left as it was")
            throw ExitCode(1)
        }
    }
}
