import Testing
@testable import Gongkai

/// Short texts (conclusions, problems, measures) render as inline HTML, unwrapped only when they are one paragraph.
@Suite struct MarkdownInlineTests {
    @Test func oneParagraphLosesItsWrapper() {
        #expect(Markdown.inline("预算执行率 **99.99%**，<p>未公开") == "预算执行率 <strong>99.99%</strong>，<!-- raw HTML omitted -->未公开")
    }

    @Test func twoParagraphsKeepTheirs() {
        #expect(Markdown.inline("第一段。\n\n第二段。") == "<p>第一段。</p>\n<p>第二段。</p>")
        // The second tag is found by its bytes, even where a combining mark follows it and so joins its `>`.
        #expect(Markdown.inline("a\n\n\u{338}b") == "<p>a</p>\n<p>\u{338}b</p>")
    }

    @Test func plainTextIsWhatAReaderSees() {
        let markdown = "## 概述\n\n1. **聚焦主线**，宣传引导有新成效。\n2. 见[通知](https://example.org/a)\n\n```\n代码\n```\n\n<b>标签</b>"
        #expect(Markdown.plainText(markdown) == "概述\n聚焦主线，宣传引导有新成效。\n见通知\n代码\n标签\n", "raw HTML is left out, as pages leave it out")
    }
}
