import Foundation
import Testing
@testable import Gongkai

/// The build owns its output folder and nothing else.
@Suite struct OutputFolderTests {
    func options(_ fixture: ContentFixture, out: URL, force: Bool = false) -> BuildOptions {
        BuildOptions(content: fixture.content, contentDisplay: "content", output: out, defaultTheme: SiteFixture.defaultTheme, force: force)
    }

    func message(_ body: () throws -> Void) -> String? {
        do { try body() } catch let failure as BuildFailure { return failure.message } catch { return "\(error)" }
        return nil
    }

    @Test func anOutputFolderOverlappingTheContentIsRefused() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        #expect(message { _ = try SiteBuilder.build(options(fixture, out: fixture.content)) }
                == "error: --out and --content are the same folder; the build would overwrite the records. Choose another --out, e.g. public")
        let inside = fixture.content.appendingPathComponent("public")
        #expect(message { _ = try SiteBuilder.build(options(fixture, out: inside)) }
                == "error: --out \(inside.path) is inside --content; the site would become part of the records. Choose a folder outside it, e.g. public")
        #expect(message { _ = try SiteBuilder.build(options(fixture, out: fixture.root)) }
                == "error: --out \(fixture.root.path) contains --content; replacing the output would delete the records. Choose a folder that does not hold them")
        #expect(!FileManager.default.fileExists(atPath: inside.path))
    }

    @Test func aBaseURLThatIsNotAnAddressIsRefused() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        for (baseURL, expected) in [
            ("czj.example.gov.cn/jxgk/", "error: --base-url must be an absolute address such as https://czj.example.gov.cn/jxgk/, found 'czj.example.gov.cn/jxgk/'"),
            ("https://czj.example.gov.cn/绩效 公开/", "error: --base-url must not hold spaces or control characters; write a space in an address as %20"),
            ("https://czj.example.gov.cn/jxgk/\u{7}", "error: --base-url must not hold spaces or control characters; write a space in an address as %20"),
        ] {
            var options = options(fixture, out: out)
            options.baseURL = baseURL
            #expect(message { _ = try SiteBuilder.build(options) } == expected)
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aFolderHoldingSomeoneElsesFilesIsNeverEmptied() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("www")
        try fixture.write(Data("别人的文件".utf8), to: "www/notice.txt")
        try fixture.write(Data("旧页面".utf8), to: "www/old/index.html")
        #expect(message { _ = try SiteBuilder.build(options(fixture, out: out)) }
                == "\(out.path): error: folder is not empty and was not written by Gongkai; choose an empty or new folder, or pass --force to build beside its files (Gongkai never deletes files it did not write)")
        _ = try SiteBuilder.build(options(fixture, out: out, force: true))
        #expect(try String(contentsOf: out.appendingPathComponent("notice.txt"), encoding: .utf8) == "别人的文件")
        #expect(try String(contentsOf: out.appendingPathComponent("old/index.html"), encoding: .utf8) == "旧页面")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("units/demo/2023/index.html").path))
        _ = try SiteBuilder.build(options(fixture, out: out))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("notice.txt").path), "a later build keeps them too")
    }

    @Test func aRecordTurnedBackToDraftLeavesNoStalePage() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try SiteBuilder.build(options(fixture, out: out))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("units/demo/2023/index.html").path))
        try fixture.write(Data("---\nyear: 2023\nstatus: draft\n---\n".utf8), to: "content/units/demo/2023.md")
        _ = try SiteBuilder.build(options(fixture, out: out))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("units/demo/2023/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("units/demo/2023/record.json").path))
        let manifest = try String(contentsOf: out.appendingPathComponent(OutputWriter.manifestName), encoding: .utf8)
        #expect(!manifest.contains("units/demo/2023/"))
    }
}
