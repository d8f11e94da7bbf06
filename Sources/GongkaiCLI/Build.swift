import ArgumentParser
import Foundation
import Gongkai

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Builds the site into the output folder.")

    @Option(name: .long, help: "The content folder to build.")
    var content: String = "content"

    func run() throws {
        throw ValidationError("build is not available yet")
    }
}
