import Foundation

/// Markdown from records rendered to safe HTML: the only HTML on a page that is not escaped by a template.
public enum Markdown {
    /// A narrative rendered for a page, with its sections for a table of contents.
    public struct Narrative: Sendable {
        public struct Section: Sendable, Hashable {
            public var id: String
            public var title: String
        }

        public var html: String
        public var sections: [Section]
    }

    /// Renders a record's narrative; its `##` sections become `<h3 id="section-N">` under the page's own `<h2>`.
    public static func narrative(_ markdown: String) -> Narrative {
        let output = CMark.render(clean(markdown), shiftHeadings: 1)
        var html = output.html
        var sections: [Narrative.Section] = []
        var number = 0
        for heading in output.headings where heading.level == 3 {
            number += 1
            sections.append(.init(id: "section-\(number)", title: heading.text))
        }
        if number > 0 { html = numberingSections(html, count: number) }
        return Narrative(html: html, sections: sections)
    }

    /// `html` with the `id` of its section on each `<h3>`, numbered from 1.
    static func numberingSections(_ html: String, count: Int) -> String {
        var html = html
        let tag = Array("<h3>".utf8)
        return html.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + count * 20)
            var number = 0, start = 0
            while let found = ByteSearch.firstOffset(of: tag, in: bytes, from: start) {
                number += 1
                result.append(contentsOf: bytes[start..<found])
                result.append(contentsOf: "<h3 id=\"section-\(number)\">".utf8)
                start = found + tag.count
            }
            result.append(contentsOf: bytes[start...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Renders a short text (a function, a problem, a conclusion) as inline HTML, without the wrapping paragraph.
    public static func inline(_ markdown: String) -> String {
        var html = CMark.render(clean(markdown), shiftHeadings: 2).html
        if html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), !startsAnotherParagraph(html) {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// Whether `html`, which opens with a paragraph, opens another after it.
    private static func startsAnotherParagraph(_ html: String) -> Bool {
        var html = html
        return html.withUTF8 { ByteSearch.firstOffset(of: Array("<p>".utf8), in: $0, from: 3) != nil }
    }

    /// The text a reader sees in a narrative, without its Markdown: what search results quote and match.
    public static func plainText(_ markdown: String) -> String {
        CMark.plainText(clean(markdown))
    }

    /// The text with invisible control and bidi-override characters removed, which could disguise what a reader sees.
    static func clean(_ text: String) -> String {
        guard Escape.containsInvisibleControl(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !Escape.isInvisibleControl($0) }))
    }
}
