import Foundation
import Testing

/// The `gongkai` executable as a finance clerk runs it: exit statuses and what it prints.
///
/// Needs the debug build of the executable (`swift build --product gongkai`, which `scripts/test` runs first).
@Suite struct CommandLineTests {
    static let executable = SiteFixture.repository.appendingPathComponent(".build/debug/gongkai")

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    func run(_ arguments: [String], in folder: URL) throws -> Run {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path), "build the executable first: swift build --product gongkai")
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test func aMistypedCommandIsNamedWithTheNearestOne() throws {
        let folder = FileManager.default.temporaryDirectory
        let typo = try run(["chek", "--content", "content"], in: folder)
        #expect(typo.status == 2)
        #expect(typo.errors == "error: unknown command 'chek'; did you mean 'check'?\n")
        let unknown = try run(["publish"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.errors == "error: unknown command 'publish'; the commands are check and build\n")
    }

    @Test func versionNamesTheRecordFormat() throws {
        let result = try run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.output == "gongkai 0.1.0, record format 1\n")
    }

    @Test func checkExitsZeroWithWarningsAndPrintsASummary() throws {
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record("income: {total: 10, fiscal: 8, other: 1}\n")])
        defer { fixture.remove() }
        let result = try run(["check"], in: fixture.root)
        #expect(result.status == 0)
        #expect(result.output == """
            content/units/demo/2023.md:5:17: warning: 收入合计 10 万元，但 财政拨款收入 8 + 其他收入 1 = 9 万元，相差 1.00 万元
            1 unit, 1 record: 0 errors, 1 warning

            """)
    }

    @Test func checkExitsOneOnAnyError() throws {
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 10\n  exectued: 5\n")])
        defer { fixture.remove() }
        let result = try run(["check", "--content", "content"], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("content/units/demo/2023.md:7:3: error: unknown key 'exectued' in budget; did you mean 'executed'?\n"))
        #expect(result.output.hasSuffix("1 unit, 1 record: 1 error, 0 warnings\n"))
    }

    @Test func aUsageErrorExitsTwo() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let result = try run(["check", "--contnet", "content"], in: fixture.root)
        #expect(result.status == 2)
        #expect(result.errors.contains("Unknown option '--contnet'"))
    }

    @Test func aFailedBuildSaysTheOutputWasLeftAsItWas() throws {
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record("score: 101\n")])
        defer { fixture.remove() }
        let theme = SiteFixture.defaultTheme.path
        let result = try run(["build", "--out", "site", "--default-theme", theme], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.output == """
            content/units/demo/2023.md:5:8: error: score（自评得分） must be between 0 and 100, found 101
            build stopped: site was left as it was

            """)
        #expect(!result.errors.contains("Fatal error") && !result.errors.contains("Stack"))
    }

    @Test func aTemplateThatDoesNotParseIsNamedWithItsLine() throws {
        let fixture = try ContentFixture(["theme/templates/about.mustache": "{{> head}}\n<h1>关于</h1>\n{{#terms}}{{/term}}\n{{> footer}}\n"])
        defer { fixture.remove() }
        let result = try run(["build", "--out", "site", "--default-theme", SiteFixture.defaultTheme.path, "--theme", "theme"], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.output == """
            \(fixture.root.path)/theme/templates/about.mustache:3:14: error: template does not parse: a section is closed with a name other than the one it was opened with (sectionCloseNameIncorrect)
            build stopped: site was left as it was

            """)
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("site").path))
    }

    @Test func aBuildRunOutsideTheProjectFolderSaysHowToFindTheDefaultTheme() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let elsewhere = try run(["build", "--out", "site"], in: fixture.root)
        #expect(elsewhere.status == 1)
        #expect(elsewhere.output.contains("""
            \(fixture.root.path)/themes/default: error: theme folder not found; run gongkai in the folder that holds themes/, \
            or pass --default-theme with the path of themes/default
            """))
        let missing = try run(["build", "--out", "site", "--default-theme", SiteFixture.defaultTheme.path, "--theme", "mytheme"], in: fixture.root)
        #expect(missing.output.contains("\(fixture.root.path)/mytheme: error: theme folder not found; pass --theme with a folder holding templates/ or assets/"))
    }

    @Test func aBuildPrintsItsSummary() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let result = try run(["build", "--out", "site", "--default-theme", SiteFixture.defaultTheme.path, "--verify"], in: fixture.root)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("built site: 1 unit, 1 record, 12 pages (12 rendered), "))
        #expect(result.output.hasSuffix("verify: identical to a clean build\n"))
        #expect(result.errors.contains("loading content"))
    }
}
