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
        if number > 0 {
            var result = ""
            result.reserveCapacity(html.utf8.count + number * 20)
            var rest = html[...]
            var index = 0
            // Searched as bytes: Foundation's `range(of:)` compares by canonical equivalence, which costs more than the
            // rest of this function together, for a search that is plain ASCII.
            while let range = rest.utf8.firstRange(of: "<h3>".utf8) {
                index += 1
                result += rest[..<range.lowerBound]
                result += "<h3 id=\"section-\(index)\">"
                rest = rest[range.upperBound...]
            }
            result += rest
            html = result
        }
        return Narrative(html: html, sections: sections)
    }

    /// Renders a short text (a function, a problem, a conclusion) as inline HTML, without the wrapping paragraph.
    public static func inline(_ markdown: String) -> String {
        var html = CMark.render(clean(markdown), shiftHeadings: 2).html
        if html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// The text with invisible control and bidi-override characters removed, which could disguise what a reader sees.
    static func clean(_ text: String) -> String {
        guard Escape.containsInvisibleControl(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !Escape.isInvisibleControl($0) }))
    }
}
