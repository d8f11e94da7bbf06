import Foundation
import Testing
@testable import Gongkai

/// A bounded, seeded fuzz run over the record loader: mutated real records must load or fail with errors, never crash.
///
/// Each run is deterministic, so a failure names a seed that reproduces it; any input found to crash or hang
/// is added to `Tests/fixtures/hostile/` and replayed by `keptHostileInputsLoadWithoutCrashing`.
@Suite struct RecordFuzzTests {
    static let examples = ["hengyang-yanfeng-xuanchuanbu/2024.md", "shaoyang-beita-rongmeiti/2023.md", "hengyang-yanfeng-rongmeiti/2020.md"]
        .map { try! Data(contentsOf: SiteFixture.examples.appendingPathComponent("units/" + $0)) }
    static let hostileFolder = SiteFixture.repository.appendingPathComponent("Tests/fixtures/hostile")
    static let fragments = ["---", "\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "\"", "'", "#", "|", ">", "\t",
                            "\u{0}", "\u{202E}", "1e400", ".nan", "-5", "99999", "? ", "<<: *a", "\u{FEFF}", "\\u0000", "％", "１３９１２３４５６７８"]

    static func mutate(_ data: Data, _ random: inout SeededRandom) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0 where !bytes.isEmpty: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.insert(contentsOf: Array(fragments.randomElement(using: &random)!.utf8), at: at)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
            case 3: bytes = Array(bytes.prefix(at))
            default:
                let start = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
                bytes.insert(contentsOf: bytes[start..<min(bytes.count, start + 80)], at: at)
            }
        }
        return Data(bytes)
    }

    static func load(_ data: Data) -> ContentLoader.RecordLoad {
        let tree = ContentTree(root: URL(fileURLWithPath: "/nonexistent-gongkai-fuzz"), displayPath: "content")
        let folder = UnitFolder(id: "fuzz", url: tree.root.appendingPathComponent("units/fuzz"), recordFiles: [], diagnostics: [])
        let file = ContentLoader.RecordFile(folder: folder, year: 2024, url: folder.url.appendingPathComponent("2024.md"))
        switch SourceText.decode(data) {
        case .success(let source): return ContentLoader.loadRecord(text: source.text, file: file, tree: tree)
        case .failure(.message(let message, let line)):
            return .init(unitID: "fuzz", year: 2024, record: nil, diagnostics: [Diagnostic(.error, file: "content/units/fuzz/2024.md", at: line.map { SourcePosition(line: $0, column: 1) }, message)])
        }
    }

    @Test(arguments: 0..<8)
    func mutatedRecordsLoadOrFailCleanly(_ seed: Int) {
        var random = SeededRandom(state: UInt64(seed) &* 7919)
        for iteration in 0..<250 {
            let input = Self.mutate(Self.examples[iteration % Self.examples.count], &random)
            let load = Self.load(input)
            #expect(load.record != nil || load.diagnostics.hasErrors, "seed \(seed) iteration \(iteration): refused without saying why")
            for diagnostic in load.diagnostics {
                #expect(diagnostic.file == "content/units/fuzz/2024.md" && !diagnostic.message.isEmpty, "seed \(seed) iteration \(iteration)")
            }
            if let record = load.record {
                #expect(PersonalData.find(in: record.body) == nil, "seed \(seed) iteration \(iteration): a personal number survived")
            }
        }
    }

    @Test func keptHostileInputsLoadWithoutCrashing() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.hostileFolder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let load = Self.load(try Data(contentsOf: Self.hostileFolder.appendingPathComponent(name)))
            #expect(load.record != nil || load.diagnostics.hasErrors, "\(name)")
        }
    }
}
