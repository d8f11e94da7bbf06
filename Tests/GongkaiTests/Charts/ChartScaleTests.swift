import Foundation
import Testing
@testable import Gongkai

@Suite struct ChartScaleTests {
    @Test func niceTicksForAnAmount() {
        let scale = ChartScale(values: [Decimal(string: "312.95")!], from: 0, to: 400, targetTicks: 4)
        #expect(scale.ticks == [0, 100, 200, 300, 400])
        #expect(scale.position(200) == 200)
    }

    @Test func zeroDomainBecomesZeroToOne() {
        for values: [Decimal] in [[], [0], [0, 0, 0]] {
            let scale = ChartScale(values: values, from: 0, to: 100)
            #expect(scale.lower == 0 && scale.upper == 1)
            #expect(scale.ticks.first == 0 && scale.ticks.last == 1 && scale.ticks.count == 6)
        }
        #expect(ChartScale(values: [0], integerSteps: true).ticks == [0, 1])
    }

    @Test func negativeValuesKeepZeroInside() {
        let scale = ChartScale(values: [-3, 7])
        #expect(scale.lower == -4 && scale.upper == 8 && scale.step == 2)
        #expect(scale.ticks.contains(0))
        #expect(ChartScale(values: [-5]).upper == 0)
    }

    @Test func hugeAndTinyValues() {
        let huge = ChartScale(values: [Decimal(sign: .plus, exponent: 15, significand: 1)], targetTicks: 5)
        #expect(huge.upper == Decimal(sign: .plus, exponent: 15, significand: 1))
        #expect(ChartValueFormat.wanYuan.tick(huge.upper) == "1,000,000,000,000,000")
        let tiny = ChartScale(values: [Decimal(string: "0.03")!], targetTicks: 3)
        #expect(tiny.step == Decimal(string: "0.01")! && tiny.upper == Decimal(string: "0.03")!)
    }

    @Test func withoutZeroZoomsIn() {
        let scale = ChartScale(values: [Decimal(string: "90.12")!, Decimal(string: "93.6")!], includeZero: false)
        #expect(scale.lower == 90 && scale.upper == 94 && scale.step == 1)
        #expect(ChartScale(values: [92], includeZero: false).lower == 0)
    }

    @Test("a step's reciprocal is exact, so multiplying by it gives the quotient dividing would")
    func stepReciprocalsAreExact() {
        var random = SeededRandom(state: 20_261_123)
        var factors: Set<Decimal> = []
        for exponent in -6...14 {
            for leading in [1, 13, 19, 37, 49, 99] {
                let span = Decimal(sign: .plus, exponent: exponent, significand: Decimal(leading))
                let (step, reciprocal) = ChartScale.niceStep(span: span, target: 4, integer: false)
                factors.insert(step.significand)
                #expect(step * reciprocal == 1, "\(step)")
                for _ in 0..<20 {
                    // Values of up to 19 significant digits.
                    let value = Decimal(sign: .plus, exponent: exponent - 4, significand: Decimal(Int.random(in: 0...Int.max, using: &random)))
                    #expect(value * reciprocal == value / step, "\(value) ÷ \(step)")
                }
            }
        }
        #expect(factors == [1, 2, 5])
        #expect(ChartScale.niceStep(span: Decimal(string: "0.3")!, target: 4, integer: true) == (1, 1))
    }

    @Test func countsStepByWholeNumbers() {
        #expect(ChartScale(values: [3], targetTicks: 4, integerSteps: true).ticks == [0, 1, 2, 3])
    }

    @Test func coordinatesPrintPlainly() {
        #expect(ChartSVG.number(-0.001) == "0")
        #expect(ChartSVG.number(0.1) == "0.1")
        #expect(ChartSVG.number(0.05) == "0.05")
        #expect(ChartSVG.number(2) == "2")
        #expect(ChartSVG.number(-3.14159) == "-3.14")
        #expect(ChartSVG.number(1e20) == "1000000000000")
        #expect(ChartSVG.number(.nan) == "0" && ChartSVG.number(-.infinity) == "0")
    }

    @Test func labelsCountCJKDouble() {
        #expect(ChartText.units("因公出国（境）费") == 16)
        #expect(ChartText.units("2023年") == 6)
        #expect(ChartText.truncate("因公出国（境）费", maxUnits: 8) == "因公出…")
        #expect(ChartText.truncate("因公出国（境）费", maxUnits: 16) == "因公出国（境）费")
    }

    @Test("a label's width and cut are counted by character, whatever the characters are made of")
    func widthsCountCharactersNotScalars() {
        // The rule stated per character: a space is 0.3 em, a double-width character 1 em, any other 0.6 em.
        func em(_ character: Character) -> Double {
            character == " " ? 0.3 : ChartText.units(of: character) == 2 ? 1 : ChartText.narrowEm
        }
        let pieces = ["预算", "执行率", "（境）", "，", "。", "…", "—", " ", "2023", "e\u{301}", "👩‍👩‍👧", "🇨🇳", "\u{1100}\u{1161}",
                      "\r\n", "が", "か\u{3099}", "〪", "·", "％", "A", "\u{200D}", "\u{FE0F}"]
        var random = SeededRandom(state: 20_261_122)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let width = text.reduce(0) { $0 + em($1) } * 20
            #expect(ChartText.width(text, size: 20) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let room = Double(Int.random(in: 0...200, using: &random))
            var cut = "", used = 0.0
            for character in text {
                used += em(character)
                if used > room / 20 - 1 { break }
                cut.append(character)
            }
            #expect(ChartText.truncate(text, width: room, size: 20) == (width > room ? cut + "…" : text), "\(text)")
        }
    }

    @Test func binsTakeTheFirstMatch() {
        let bands = ChartBin.executionRateBands
        func band(_ text: String) -> String? { bands.first { $0.contains(Decimal(string: text)!) }?.label }
        #expect(band("100") == "99–100" && band("100.01") == ">100" && band("79.99") == "<80" && band("80") == "80–90")
        let grades = Histogram(id: "g", title: "g", bins: ChartBin.gradeBands, values: [59.99, 60, 79.99, 80, 90, nil])
        #expect(grades.counts == [1, 2, 1, 1] && grades.missing == 1)
    }

    @Test func tableAndLabelsComeFromTheSameValues() {
        let chart = BarChart(id: "c", title: "预算<执行>", categories: ["全年执行数", "年初预算数"],
                             values: [Decimal(string: "312.95"), nil], notes: ["全额"])
        #expect(chart.table.rows == [["全年执行数", "312.95 万元（全额）"], ["年初预算数", "未填报"]])
        #expect(chart.svg.contains(">312.95 万元（全额）</text>"))
        #expect(chart.svg.contains("<title id=\"c-title\">预算&lt;执行&gt;</title>"))
        #expect(chart.tableHTML.contains("<caption>预算&lt;执行&gt;</caption>"))
        #expect(chart.tableHTML.contains("<th scope=\"col\">项目</th><th scope=\"col\">金额</th>"))
        #expect(chart.tableHTML.contains("<tr><th scope=\"row\">年初预算数</th><td>未填报</td></tr>"))
        #expect(!chart.svg.contains("年初预算数 0"))
    }

    @Test func sharesAreExact() {
        let chart = StackedBarChart(id: "m", title: "结构", parts: ["人员经费", "公用经费", "项目支出"], values: [1, 1, 1])
        #expect(chart.table.rows.map { $0[2] } == ["33.3%", "33.3%", "33.3%"])
        #expect(StackedBarChart(id: "m", title: "m", parts: ["a"], values: [nil]).isEmpty)
    }
}
