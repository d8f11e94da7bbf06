import Testing
@testable import Gongkai

/// One escaping function per output language, removing characters that could disguise text.
@Suite struct EscapeTests {
    @Test(arguments: [
        ("312.95", "312.95"),
        ("北塔区融媒体中心", "北塔区融媒体中心"),
        ("<script>\"'&", "&lt;script&gt;&quot;&#39;&amp;"),
        ("告\u{202E}报", "告报"),
        ("a\u{2066}b\u{2069}c\u{200F}", "abc"),
        ("控制\u{0007}字符\u{0085}", "控制字符"),
        ("换行\n保留\t", "换行\n保留\t"),
    ])
    func html(_ input: String, _ expected: String) {
        #expect(Escape.html(input) == expected)
    }

    @Test("values lose whitespace at both ends, Unicode's White_Space exactly")
    func trimmedFollowsUnicodeWhiteSpace() {
        let disagreeing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { $0.isWhitespace != $0.properties.isWhitespace }
        #expect(disagreeing.isEmpty, "\(disagreeing.map { String($0.value, radix: 16) })")
        #expect("\u{3000}预算执行率\u{A0}\n".trimmed == "预算执行率")
        #expect(" 95 \u{2028}".trimmed == "95")
        #expect("\u{200B}95\u{FEFF}".trimmed == "\u{200B}95\u{FEFF}")
        #expect(" \t\u{205F}".trimmed == "")
    }

    @Test("the byte scan finds every invisible control alone in its text, and nothing else")
    func byteScanAgreesWithScalarRules() {
        let values: [UInt32] = Array(0...0xA0) + [0xE9, 0x4E2D, 0x20000, 0x2028, 0x2029]
            + Array(0x200C...0x2010) + Array(0x2029...0x202F) + Array(0x2065...0x206A)
        for scalar in values.compactMap(Unicode.Scalar.init) where !"&<>\"'".unicodeScalars.contains(scalar) {
            var text = "中"
            text.unicodeScalars.append(scalar)
            text += "a"
            let kept = Escape.isInvisibleControl(scalar) ? "中a" : text
            #expect(Escape.html(text) == kept, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func csvQuotesPerRFC4180() {
        #expect(Escape.csv("plain") == "plain")
        #expect(Escape.csv("a,b") == "\"a,b\"")
        #expect(Escape.csv("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Escape.csv("two\nlines") == "\"two\nlines\"")
    }
}
