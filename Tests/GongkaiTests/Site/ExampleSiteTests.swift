import Foundation
import Testing
@testable import Gongkai

/// The demo site built from the three real example reports shows their figures as stated, and their flaws.
@Suite(.serialized) struct ExampleSiteTests {
    let site: SiteFixture

    init() throws {
        site = try SiteFixture.build(SiteFixture.examples, baseURL: "https://example.org/jxgk/").0
    }

    @Test func everyPageOfTheURLSchemeExists() throws {
        for path in ["index.html", "units/index.html", "units/shaoyang-beita-rongmeiti/index.html",
                     "units/shaoyang-beita-rongmeiti/2023/index.html", "years/2023/index.html", "years/2024/index.html",
                     "years/2020/index.html", "about/index.html", "404.html", "search/index.html", "assets/style.css"] {
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(path).path), "\(path)")
        }
        site.remove()
    }

    @Test func beitaShowsItsFiguresAsStated() throws {
        let text = try site.page("units/shaoyang-beita-rongmeiti/2023/index.html").visibleText
        for expected in ["全年预算数 312.95", "年初预算数 185.32", "自评得分（填报） 95 分", "评价等次 优秀",
                         "向省、市电视台上稿 5 5 ✓ 达成 ≥800 1050 数量指标", "群众满意度 10 10 ✓ 达成 ≥95% 95 服务对象满意度指标",
                         "我区对外的影响力和吸引力 10 9 扣分 定性 提升 提升 社会效益指标",
                         "对绩效评价工作的重要性认识有待进一步提高。", "明确目标，细化责任。",
                         "公开日期 2024-08-20", "填报日期 2024-08-15", "公务接待费 0.30 0.00",
                         "政府采购金额（2023年预算数） 107.90 万元", "区级媒体发稿 1600 篇",
                         "支出按资金性质 一般公共预算 312.95"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        let html = try site.page("units/shaoyang-beita-rongmeiti/2023/index.html")
        #expect(html.contains(#"<h3 id="section-1">部门基本情况</h3>"#))
        #expect(html.contains(##"<a href="#section-3">部门整体支出绩效情况</a>"##))
        #expect(!html.contains("按指标复核得分"), "95 recomputes to 95: nothing to flag")
        site.remove()
    }

    @Test func xuanchuanbuShowsTheRecomputedScoreBesideTheStatedOne() throws {
        let text = try site.page("units/hengyang-yanfeng-xuanchuanbu/2024/index.html").visibleText
        #expect(text.contains("自评得分（填报） 99 分 评价等次（按得分） 优秀 按指标复核得分 89 分（满分 90 分） 注意："),
                "89 of 90 earns no grade on the bands out of 100")
        #expect(text.contains("复核得分为 89 分，与报告填报的结果不同。各指标分值合计为 90 分，不是 100 分，故不按等次标准复核等次。"))
        #expect(text.contains("数据核对提示"))
        #expect(text.contains("基本支出 225.33 万元，但 人员经费 211.82 + 公用经费 13.41 = 225.23 万元，相差 0.10 万元"))
        #expect(text.contains("预算执行率 100.0% 报告填报 99.99%"))
        site.remove()
    }

    @Test func aFigureNotStatedShowsAsADashNotZero() throws {
        let text = try site.page("units/hengyang-yanfeng-rongmeiti/2020/index.html").visibleText
        #expect(text.contains("全年预算数 —"))
        #expect(text.contains("预算执行率 —"))
        #expect(text.contains("自评得分（填报） 报告未填报 评价等次 报告未填报"), "a missing score is said, not shown as a dash")
        let units = try site.page("units/index.html").visibleText
        #expect(units.contains("2020 年度：报告未填报自评得分"))
        #expect(text.contains("775.49 万元 0 200 400 600 800 单位：万元 报告未填报全年预算数。年初预算数不含年度中追加和调整的预算"),
                "the initial budget beside the year's spending is read with a caution")
        #expect(text.contains("“三公”经费预算与实际 合计：预算 0.00 万元，实际 0.00 万元。"),
                "a report giving only the totals is charted by them, not called missing")
        #expect(text.contains("收入 278.12 826.94 +548.82 +197.3%"))
        site.remove()
    }

    @Test func eachRecordPageListsItsSectionsAndEveryEntryLeadsToOne() throws {
        let recordPages = site.files().filter { $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 4 }
        #expect(recordPages.count == 3)
        for path in recordPages {
            let html = try site.page(path)
            let toc = try #require(html.components(separatedBy: #"<nav class="toc""#).dropFirst().first?.components(separatedBy: "</nav>").first)
            let targets = toc.components(separatedBy: ##"href="#"##).dropFirst().map { $0.prefix { $0 != "\"" } }
            for target in targets { #expect(html.contains(#"id="\#(target)""#), "\(path): no section \(target)") }
            let headings = html.components(separatedBy: #"<h2 id=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
            let listed = Set(targets.map(String.init))
            for heading in headings where !["score-heading", "check-heading", "privacy-heading", "toc-heading"].contains(heading) {
                #expect(listed.contains(heading), "\(path): \(heading) is not in the contents")
            }
        }
        site.remove()
    }

    @Test func aHiddenNumberIsAPrivacyNoteNotADataCheck() throws {
        let text = try site.page("units/shaoyang-beita-rongmeiti/2023/index.html").visibleText
        #expect(text.contains("个人信息保护 正文含有个人手机号码，已在所有公开内容中替换为［已隐去］"))
        // The report's one data check is its text's “三公” budget of 0 against its table's 0.30; the hidden number is not one.
        let checks = try #require(text.components(separatedBy: "数据核对提示").dropFirst().first?.components(separatedBy: "个人信息保护").first)
        #expect(checks.contains("正文写“三公”经费年初预算数 0 万元，与填报的“三公”经费预算合计 0.30 万元不一致"))
        #expect(!checks.contains("手机号码"), "hiding a number is not a flaw of the report's figures")
        let year = try site.page("years/2023/index.html").visibleText
        #expect(year.contains("邵阳市北塔区融媒体中心 95 优秀 95 100.0% 312.95 312.95 1 合计"), "counted as one data check, not two")
        site.remove()
    }

    @Test func noPersonalNumberAnywhere() throws {
        for path in site.files() {
            let data = try Data(contentsOf: site.output.appendingPathComponent(path))
            let text = String(decoding: data, as: UTF8.self)
            // The bookkeeping files hold only paths and hex digests, whose digit runs can look like a number by chance.
            if !path.hasPrefix(".gongkai-") {
                #expect(PersonalData.find(in: text) == nil, "\(path) holds a personal number")
            }
            #expect(!text.contains("18608492824") && !text.contains("18608492924"), "\(path)")
        }
        let text = try site.page("units/shaoyang-beita-rongmeiti/2023/index.html")
        #expect(text.contains("联系电话：［已隐去］"))
        #expect(!text.contains(#"id="contact-heading""#), "contact is published only when site.yaml says so")
        site.remove()
    }

    @Test func unitPageListsEveryYearOfItsSpan() throws {
        let text = try site.page("units/hengyang-yanfeng-rongmeiti/index.html").visibleText
        #expect(text.contains("主管部门 中共雁峰区委宣传部"))
        #expect(text.contains("2020 年度 — — — 775.49 —"))
        let units = try site.page("units/index.html").visibleText
        #expect(units.contains("湖南省 衡阳市 雁峰区"))
        #expect(units.contains("中共衡阳市雁峰区委宣传部 2024 年度：自评 99 分，优秀； 复核 89 分（满分 90）"))
        site.remove()
    }

    @Test func aUnitWithOneYearTablesItsSpendingByPart() throws {
        let split = try site.page("units/hengyang-yanfeng-xuanchuanbu/index.html").visibleText
        #expect(split.contains("历年支出结构 项目 2024 年度 占比 人员经费 211.82 万元 26.8% 公用经费 13.41 万元 1.7% 项目支出 563.72 万元 71.5%"))
        let basic = try site.page("units/shaoyang-beita-rongmeiti/index.html").visibleText
        #expect(basic.contains("历年支出结构 项目 2023 年度 占比 基本支出 312.95 万元 100.0% 项目支出 0.00 万元 0.0%"),
                "a report that does not split its basic spending is charted by basic and project spending, as on its page")
        site.remove()
    }

    @Test func aUnitChartsBasicSpendingOfAYearThatDoesNotSplitIt() throws {
        let fixture = try ContentFixture([
            "content/units/demo/2022.md": ContentFixture.record(year: 2022, "expenditure:\n  basic: {total: 100}\n  project: 50\n"),
            "content/units/demo/2023.md": ContentFixture.record("expenditure:\n  basic: {total: 100, personnel: 80, public: 20}\n  project: 50\n"),
        ])
        defer { fixture.remove() }
        let (built, _) = try SiteFixture.build(fixture.content)
        defer { built.remove() }
        let text = try built.page("units/demo/index.html").visibleText
        #expect(text.contains("历年支出结构 年度 人员经费 公用经费 基本支出（未分项） 项目支出 合计 2022 未填报 未填报 100.00 万元（66.7%） 50.00 万元（33.3%） 150.00 万元 2023 80.00 万元（53.3%） 20.00 万元（13.3%） 未填报 50.00 万元（33.3%） 150.00 万元"))
        site.remove()
    }

    @Test func yearPageTotalsItsRecords() throws {
        let text = try site.page("years/2024/index.html").visibleText
        #expect(text.contains("中共衡阳市雁峰区委宣传部 99 优秀 89（满分 90） 与填报不符 100.0% 789.05 789.05 5"))
        #expect(text.contains("合计 平均得分 99 789.05 789.05"))
        #expect(text.contains("执行数低于预算数最多的单位 ：本年度没有全年执行数低于全年预算数的单位。"),
                "a year with no unit below budget says so, not that figures are missing")
        site.remove()
    }
}
