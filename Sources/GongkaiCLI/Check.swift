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
        let draftNote = result.draftCount > 0 ? " (\(Terminal.count(result.draftCount, "draft")), not published)" : ""
        print("\(Terminal.count(result.unitCount, "unit")), \(Terminal.count(result.recordCount, "record"))\(draftNote): \(Terminal.count(errors, "error")), \(Terminal.count(warnings, "warning"))")
        if errors > 0 { throw ExitCode(1) }
    }
}
