import Foundation
import Gongkai

/// Writes to the terminal: diagnostics and progress on standard error, results on standard output.
enum Terminal {
    static func printDiagnostic(_ diagnostic: Diagnostic) {
        print(diagnostic.description)
    }

    /// `1 unit`, `2 units`: a count and its noun, plural where it should be.
    static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    static func progress(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
