import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every call into libcmark: parse, adjust headings, collect their text, render, free.
///
/// Rendering keeps cmark's safe default, so raw HTML and `javascript:` links never reach a page.
enum CMark {
    struct Output {
        var html: String
        /// The text of each heading, in order, with its level after shifting.
        var headings: [(level: Int32, text: String)]
    }

    /// Renders CommonMark to HTML, moving every heading down `shift` levels (at most to h6).
    static func render(_ markdown: String, shiftHeadings shift: Int32) -> Output {
        var markdown = markdown
        let document = markdown.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let document else { return Output(html: "", headings: []) }
        defer { cmark_node_free(document) }

        var headings: [(Int32, String)] = []
        if let iterator = cmark_iter_new(document) {
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                      cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
                let level = min(cmark_node_get_heading_level(node) + shift, 6)
                cmark_node_set_heading_level(node, level)
                headings.append((level, plainText(of: node)))
            }
        }
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return Output(html: "", headings: headings) }
        defer { free(rendered) }
        return Output(html: String(cString: rendered), headings: headings)
    }

    /// The text a reader sees in `markdown`, without its markup: one line per paragraph, heading or list item.
    static func plainText(_ markdown: String) -> String {
        var markdown = markdown
        let document = markdown.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let document else { return "" }
        defer { cmark_node_free(document) }
        return plainText(of: document, blockSeparator: "\n")
    }

    /// The literal text inside `node`, as a reader would see it.
    private static func plainText(of node: OpaquePointer, blockSeparator: String? = nil) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if event == CMARK_EVENT_EXIT {
                if let blockSeparator, !text.isEmpty, !text.hasSuffix(blockSeparator),
                   [CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING].contains(type) {
                    text += blockSeparator
                }
                continue
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
