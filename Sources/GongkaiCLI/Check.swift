import ArgumentParser
import Foundation
import Gongkai

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks every record and lists each error and warning with its file and line."
    )

    @Option(name: .long, help: "The content folder to check.")
    var content: String = "content"

    func run() throws {
        let result = ContentLoader.load(from: URL(fileURLWithPath: content), displayPath: content)
        for diagnostic in result.diagnostics {
            Terminal.printDiagnostic(diagnostic)
        }
        let errors = result.diagnostics.errors.count
        let warnings = result.diagnostics.warnings.count
        print("\(result.unitCount) units, \(result.recordCount) records: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
        if errors > 0 { throw ExitCode(1) }
    }
}
