import Testing
@testable import Gongkai

/// The words a theme gives the builder, and the `{name}` placeholders filled into them.
@Suite struct ThemeStringsTests {
    @Test("each placeholder is filled once, a value is never read as a placeholder, other braces stay")
    func fillReplacesEachNamedPlaceholderInOnePass() {
        let strings = ThemeStrings(values: ["summary": "全年执行数 {executed} 万元，为全年预算数 {adjusted} 万元的 {rate}。{rate}"])
        #expect(strings["summary", fill: ["executed": "312.95", "adjusted": "{rate}", "rate": "100.0%"]]
            == "全年执行数 312.95 万元，为全年预算数 {rate} 万元的 100.0%。100.0%")
        #expect(ThemeStrings.fill("{a}{b}{{a}}{unknown}{a", with: ["a": "甲", "b": ""]) == "甲{甲}{unknown}{a")
        #expect(strings["not_a_key"] == "not_a_key")
    }
}
