import Foundation
import Testing
@testable import Gongkai

/// What the build guarantees about its output: working links under a sub-path, safety, reproducibility, atomicity.
@Suite struct SiteOutputTests {
    static let hostile: [String: String] = [
        "content/units/demo/unit.yaml": """
            name: "<script>alert('unit')</script>融媒体中心"
            region: [湖南省, "<b onmouseover=alert(1)>市</b>"]
            functions: ["[点我](javascript:alert(1))", "<iframe src='https://evil.example'></iframe>"]
            """,
        "content/units/demo/2023.md": ContentFixture.record("""
            title: "\u{202E}告报评自"
            indicators:
              - {level1: 产出指标, name: "<img src=x onerror=alert(1)>", target: "≥1", actual: "2", weight: 50, score: 50}
            problems: ["<script>alert('problem')</script>", "[链接](javascript:alert(2))"]

            """, body: "## 正文\n\n<script>alert('body')</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n[x](javascript:alert(3)) <a href=\"https://evil.example\" onclick=\"x()\">y</a>\n"),
        "content/units/demo/2022.md": "---\nyear: 2022\nstatus: draft\ntitle: DRAFT-SECRET 草稿\n---\n\nDRAFT-SECRET-BODY\n",
    ]

    @Test func noMarkupIsInjectedThroughContent() throws {
        let fixture = try ContentFixture(Self.hostile)
        defer { fixture.remove() }
        let (site, _) = try SiteFixture.build(fixture.content)
        defer { site.remove() }
        for path in site.files() where path.hasSuffix(".html") {
            let html = try site.page(path)
            for tag in Self.tags(in: html) {
                let name = tag.prefix { !$0.isWhitespace && $0 != ">" }.lowercased()
                #expect(!["iframe", "object", "embed", "img"].contains(name), "\(path): <\(tag)>")
                #expect(name != "script" || tag.hasPrefix("script src=\"/jxgk/assets/search"), "\(path): <\(tag)>")
                #expect(!tag.lowercased().contains("javascript:"), "\(path): <\(tag)>")
                #expect(tag.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(path): <\(tag)>")
            }
            #expect(!html.contains("\u{202E}"), "\(path) keeps a bidi override")
        }
        let unit = try site.page("units/demo/index.html")
        #expect(unit.contains("&lt;script&gt;alert(&#39;unit&#39;)&lt;/script&gt;融媒体中心"))
    }

    @Test func assetLinksNameTheirContent() throws {
        let (site, _) = try SiteFixture.build(SiteFixture.examples)
        defer { site.remove() }
        let search = try site.page("search/index.html")
        for asset in ["style.css", "search-tokenizer.js", "search-core.js", "search.js"] {
            let data = try Data(contentsOf: SiteFixture.defaultTheme.appendingPathComponent("assets/\(asset)"))
            #expect(search.contains("/jxgk/assets/\(asset)?v=\(Digest.hex(of: data).prefix(8))\""), "\(asset)")
        }
    }

    @Test func draftsAppearNowhere() throws {
        let fixture = try ContentFixture(Self.hostile)
        defer { fixture.remove() }
        let (site, _) = try SiteFixture.build(fixture.content)
        defer { site.remove() }
        #expect(!site.files().contains { $0.hasPrefix("units/demo/2022") })
        for path in site.files() {
            let text = String(decoding: try Data(contentsOf: site.output.appendingPathComponent(path)), as: UTF8.self)
            #expect(!text.contains("DRAFT-SECRET"), "\(path)")
            #expect(!text.contains("2022 年度"), "\(path) links the draft year")
        }
    }

    @Test func everyInternalLinkResolvesUnderASubPath() throws {
        let (site, _) = try SiteFixture.build(SiteFixture.examples, baseURL: "https://czj.example.gov.cn/zfxxgk/jxgk/")
        defer { site.remove() }
        let files = Set(site.files())
        var checked = 0
        for path in files where path.hasSuffix(".html") {
            let html = try site.page(path)
            for link in Self.links(in: html) {
                if link.hasPrefix("#") {
                    #expect(html.contains("id=\"\(link.dropFirst())\""), "\(path): no target for \(link)")
                    continue
                }
                if link.hasPrefix("http") || link.hasPrefix("data:") { continue }
                #expect(link.hasPrefix("/zfxxgk/jxgk/"), "\(path): \(link) is not under the base path")
                var target = String(link.dropFirst("/zfxxgk/jxgk/".count).split(separator: "#").first ?? "")
                target = String(target.split(separator: "?").first ?? "")
                if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                #expect(files.contains(target), "\(path): broken link \(link)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The inside of every tag; escaped text never holds a literal `<`, so this is every element the browser sees.
    static func tags(in html: String) -> [String] {
        html.components(separatedBy: "<").dropFirst().compactMap { piece in
            piece.firstIndex(of: ">").map { String(piece[..<$0]) }
        }
    }

    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            for piece in html.components(separatedBy: attribute).dropFirst() {
                if let end = piece.firstIndex(of: "\"") { links.append(String(piece[..<end])) }
            }
        }
        return links
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let (first, _) = try SiteFixture.build(SiteFixture.examples)
        let (second, _) = try SiteFixture.build(SiteFixture.examples)
        defer { first.remove(); second.remove() }
        #expect(first.files() == second.files())
        for path in first.files() {
            let a = try Data(contentsOf: first.output.appendingPathComponent(path))
            let b = try Data(contentsOf: second.output.appendingPathComponent(path))
            #expect(a == b, "\(path) differs between builds")
        }
    }

    @Test func aFailingBuildLeavesTheOutputUntouched() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let (site, _) = try SiteFixture.build(fixture.content)
        defer { site.remove() }
        let before = try site.files().map { ($0, try Data(contentsOf: site.output.appendingPathComponent($0))) }
        try fixture.write(Data(ContentFixture.record("budget:\n  executed: -1\n").utf8), to: "content/units/demo/2023.md")
        #expect(throws: BuildFailure.self) { try SiteFixture.build(fixture.content, into: site.output) }
        let after = try site.files().map { ($0, try Data(contentsOf: site.output.appendingPathComponent($0))) }
        #expect(before.map(\.0) == after.map(\.0))
        #expect(zip(before, after).allSatisfy { $0.1 == $1.1 })
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.output.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.contains(site.output.lastPathComponent + ".gongkai-staging") }, "no staging folder is left behind")
    }

    @Test func anOverrideThemeReplacesTemplatesByNameOnly() throws {
        let theme = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: theme) }
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data("{{> head}}<title>关于</title>{{> header}}<h1>本地关于页</h1>{{> footer}}".utf8)
            .write(to: theme.appendingPathComponent("templates/about.mustache"))
        let (site, _) = try SiteFixture.build(SiteFixture.examples, theme: theme)
        defer { site.remove() }
        #expect(try site.page("about/index.html").contains("<h1>本地关于页</h1>"))
        #expect(try site.page("index.html").contains("最新公开"))
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let (site, first) = try SiteFixture.build(fixture.content)
        defer { site.remove() }
        let (_, second) = try SiteFixture.build(fixture.content, into: site.output)
        #expect(first.changed == first.files)
        #expect(second.changed == 0)
    }
}
