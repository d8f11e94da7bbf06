/// Replaces personal numbers in every published text of a record, warning once per field where one stood.
struct PersonalDataScrubber {
    let sink: DiagnosticSink

    func clean(_ text: String, field: String, bodyStartLine: Int? = nil) -> String {
        guard let found = PersonalData.find(in: text) else { return text }
        let what = found.kinds.map(\.rawValue).joined(separator: "和")
        let position = bodyStartLine.map { SourcePosition(line: $0 + found.firstLine - 1, column: 1) } ?? sink.position(ofField: field)
        let place = bodyStartLine == nil ? FieldLabels.place(field) : "正文"
        sink.warning("\(place)含有\(what)，已在所有公开内容中替换为\(PersonalData.placeholder)", at: position, field: field,
                     topic: .personalData)
        return PersonalData.redact(text)
    }

    func clean(_ text: String?, field: String) -> String? { text.map { clean($0, field: field) } }

    /// The record with every published text cleaned; `contact` is left as it is, since it is published only by choice.
    func scrub(_ record: Record, bodyStartLine: Int) -> Record {
        var r = record
        r.title = clean(r.title, field: "title")
        r.withdrawnNote = clean(r.withdrawnNote, field: "withdrawn_note")
        r.conclusion = clean(r.conclusion, field: "conclusion")
        var indicatorsCleaned = false
        func cleaned(_ text: String?, _ field: String) -> String? {
            let cleaned = clean(text, field: field)
            if cleaned != text { indicatorsCleaned = true }
            return cleaned
        }
        let indicators = r.indicators.enumerated().map { i, indicator in
            let path = "indicators[\(i)]"
            var indicator = indicator
            indicator.level1 = cleaned(indicator.level1, "\(path).level1")
            indicator.level2 = cleaned(indicator.level2, "\(path).level2")
            indicator.name = cleaned(indicator.name, "\(path).name")
            indicator.target = cleaned(indicator.target, "\(path).target")
            indicator.actual = cleaned(indicator.actual, "\(path).actual")
            indicator.note = cleaned(indicator.note, "\(path).note")
            return indicator
        }
        // Set only where a text was cleaned: setting them recomputes the record's totals.
        if indicatorsCleaned { r.indicators = indicators }
        for i in r.projects.indices {
            r.projects[i].name = clean(r.projects[i].name, field: "projects[\(i)].name")
            r.projects[i].summary = clean(r.projects[i].summary, field: "projects[\(i)].summary")
        }
        for i in r.figures.indices {
            r.figures[i].label = clean(r.figures[i].label, field: "figures[\(i)].label")
        }
        r.problems = r.problems.enumerated().map { clean($0.element, field: "problems[\($0.offset)]") }
        r.measures = r.measures.enumerated().map { clean($0.element, field: "measures[\($0.offset)]") }
        for i in r.corrections.indices {
            r.corrections[i].note = clean(r.corrections[i].note, field: "corrections[\(i)].note")
        }
        for i in r.attachments.indices {
            r.attachments[i].title = clean(r.attachments[i].title, field: "attachments[\(i)].title")
        }
        r.body = clean(r.body, field: "body", bodyStartLine: bodyStartLine)
        return r
    }

    /// The unit with every published text cleaned.
    func scrub(_ unit: Unit) -> Unit {
        var u = unit
        u.name = clean(u.name, field: "name")
        u.shortName = clean(u.shortName, field: "short_name")
        u.department = clean(u.department, field: "department")
        u.category = clean(u.category, field: "category")
        u.divisions = u.divisions.enumerated().map { clean($0.element, field: "divisions[\($0.offset)]") }
        u.functions = u.functions.enumerated().map { clean($0.element, field: "functions[\($0.offset)]") }
        return u
    }
}
