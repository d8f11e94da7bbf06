/// The Chinese name of every record field, so a message names a field both ways: `budget.executed（全年执行数）`.
public enum FieldLabels {
    static let labels: [String: String] = [
        "title": "标题", "base_url": "网站地址", "language": "语言", "publisher": "发布机构",
        "description": "网站说明", "publish_contact": "是否公开填表人", "feed_limit": "订阅条目数", "terms": "数据使用条款",
        "name": "名称", "short_name": "简称", "region": "所在地区", "department": "主管部门", "type": "单位类型",
        "category": "单位类别", "established": "成立时间", "divisions": "内设机构", "functions": "主要职能",
        "website": "网站",
        "year": "评价年度", "status": "公开状态", "published_on": "公开日期", "approved_on": "决算批复日期",
        "prepared_on": "填报日期", "withdrawn_note": "撤回说明", "conclusion": "综合评价结论",
        "score": "自评得分", "grade": "评价等次",
        "staffing": "人员情况", "staffing.authorized": "编制数", "staffing.actual": "实有人数",
        "staffing.retired": "离退休人数",
        "budget": "预算与执行", "budget.initial": "年初预算数", "budget.adjusted": "全年预算数",
        "budget.executed": "全年执行数", "budget.execution_rate": "预算执行率",
        "budget.carryover_start": "年初结转和结余", "budget.carryover_end": "年末结转和结余",
        "income": "收入决算", "income.total": "收入合计", "income.fiscal": "财政拨款收入", "income.other": "其他收入",
        "expenditure": "支出决算", "expenditure.total": "支出合计", "expenditure.basic": "基本支出",
        "expenditure.basic.total": "基本支出", "expenditure.basic.personnel": "人员经费",
        "expenditure.basic.public": "公用经费", "expenditure.project": "项目支出",
        "expenditure.by_fund": "按资金性质分", "expenditure.by_fund.general_public": "一般公共预算",
        "expenditure.by_fund.government_fund": "政府性基金预算", "expenditure.by_fund.state_capital": "国有资本经营预算",
        "expenditure.by_fund.social_insurance": "社会保险基金预算",
        "previous_year": "上年决算数", "previous_year.income": "上年收入", "previous_year.expenditure": "上年支出",
        "previous_year.basic": "上年基本支出", "previous_year.project": "上年项目支出",
        "previous_year.three_public": "上年“三公”经费",
        "three_public": "“三公”经费", "three_public.budget": "“三公”经费预算", "three_public.actual": "“三公”经费实际支出",
        "three_public.budget.total": "“三公”经费预算合计", "three_public.actual.total": "“三公”经费实际合计",
        "three_public.budget.reception": "公务接待费预算", "three_public.actual.reception": "公务接待费",
        "three_public.budget.vehicle_purchase": "公务用车购置费预算", "three_public.actual.vehicle_purchase": "公务用车购置费",
        "three_public.budget.vehicle_operation": "公务用车运行费预算", "three_public.actual.vehicle_operation": "公务用车运行费",
        "three_public.budget.overseas": "因公出国（境）费预算", "three_public.actual.overseas": "因公出国（境）费",
        "indicators": "绩效指标", "indicators[].level1": "一级指标", "indicators[].level2": "二级指标",
        "indicators[].name": "三级指标", "indicators[].target": "年度指标值", "indicators[].actual": "实际完成值",
        "indicators[].weight": "分值", "indicators[].score": "得分", "indicators[].note": "偏差原因分析",
        "projects": "项目支出绩效", "projects[].name": "项目名称", "projects[].budget": "项目预算数",
        "projects[].executed": "项目执行数", "projects[].score": "项目自评得分", "projects[].summary": "项目说明",
        "figures": "其他数据", "figures[].label": "名称", "figures[].value": "数值", "figures[].unit": "单位",
        "problems": "存在的问题", "measures": "改进措施", "problems[]": "存在的问题", "measures[]": "改进措施",
        "functions[]": "主要职能", "divisions[]": "内设机构", "region[]": "所在地区", "corrections": "更正说明",
        "corrections[].date": "更正日期", "corrections[].note": "更正内容",
        "attachments": "附件", "attachments[].file": "附件文件", "attachments[].title": "附件标题",
        "contact": "填表人", "contact.name": "填表人姓名", "contact.phone": "联系电话",
    ]

    /// The Chinese label of a field path such as `indicators[3].score`, if it has one.
    public static func label(_ path: String) -> String? {
        labels[genericPath(path)]
    }

    /// `budget.executed（全年执行数）` or `indicators[2].score（绩效指标第3项的得分）`, or the bare path when the
    /// field has no label.
    public static func describe(_ path: String) -> String {
        if let place = indexedPlace(path) { return "\(path)（\(place)）" }
        guard let label = label(path) else { return path }
        return "\(path)（\(label)）"
    }

    /// Where `path` is in a report, as a reader would say it, counting from one: `problems[0]` → 存在的问题第1条,
    /// `indicators[2].note` → 绩效指标第3项的偏差原因分析. Pages show it, so it names no key; a path whose parts
    /// have no label is described as `describe` does.
    public static func place(_ path: String) -> String {
        indexedPlace(path) ?? label(path) ?? path
    }

    /// The place of a path into a list, such as `problems[0]` or `indicators[2].note`; nil for any other path, or
    /// where a part has no label.
    private static func indexedPlace(_ path: String) -> String? {
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]"),
              let index = Int(path[path.index(after: open)..<close]), let list = labels[String(path[..<open])] else { return nil }
        let counter = ["problems", "measures", "corrections", "functions"].contains(String(path[..<open])) ? "条" : "项"
        let item = "\(list)第\(index + 1)\(counter)"
        let rest = path[path.index(after: close)...]
        guard !rest.isEmpty else { return item }
        guard rest.hasPrefix("."), let field = label(path) else { return nil }
        // 附件第1项的文件, not 附件第1项的附件文件.
        return "\(item)的\(field.hasPrefix(list) && field != list ? String(field.dropFirst(list.count)) : field)"
    }

    /// `indicators[3].score` → `indicators[].score`.
    static func genericPath(_ path: String) -> String {
        var out = ""
        var inIndex = false
        for character in path {
            if character == "[" { inIndex = true; out.append("[") }
            else if character == "]" { inIndex = false; out.append("]") }
            else if !inIndex { out.append(character) }
        }
        return out
    }
}
