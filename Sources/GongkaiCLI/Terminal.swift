import Foundation
import Gongkai

/// Writes to the terminal: diagnostics and progress on standard error, results on standard output.
enum Terminal {
    static func printDiagnostic(_ diagnostic: Diagnostic) {
        print(diagnostic.description)
    }

    static func progress(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
