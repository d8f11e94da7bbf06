import Foundation

// How a record's load is written into the record cache: exactly what the `Decodable` conformances read back, each
// key the property's name, an absent optional left out, an indicator the array its `init(from:)` reads. This is the
// cache's only writer; `JSONEncoder`, which wrote it before, boxed every value on its way and was several times
// slower. Keep these in step with the types' properties; RecordCacheTests reads back a record with every field set.

extension ContentLoader.RecordLoad: CacheValue {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: [
            "unitID": .string(unitID), "year": .int(year), "record": record?.cacheJSON,
            "diagnostics": .array(diagnostics.map(\.cacheJSON)), "digest": .string(digest),
        ])
    }
}

extension Record {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: [
            "unitID": .string(unitID), "year": .int(year), "status": .string(status.rawValue),
            "publishedOn": publishedOn?.cacheJSON, "approvedOn": approvedOn?.cacheJSON, "preparedOn": preparedOn?.cacheJSON,
            "title": .ifPresent(title), "withdrawnNote": .ifPresent(withdrawnNote), "conclusion": .ifPresent(conclusion),
            "score": .ifPresent(score), "grade": .ifPresent(grade?.rawValue), "staffing": staffing?.cacheJSON,
            "budget": budget?.cacheJSON, "computedExecutionRate": .ifPresent(computedExecutionRate),
            "income": income?.cacheJSON, "expenditure": expenditure?.cacheJSON,
            "previousYear": previousYear?.cacheJSON, "threePublic": threePublic?.cacheJSON,
            "indicators": .array(indicators.map(\.cacheJSON)), "recomputedScore": .ifPresent(recomputedScore),
            "indicatorWeightTotal": .ifPresent(indicatorWeightTotal),
            "projects": .array(projects.map(\.cacheJSON)), "figures": .array(figures.map(\.cacheJSON)),
            "problems": .array(problems.map(CanonicalJSON.string)), "measures": .array(measures.map(CanonicalJSON.string)),
            "corrections": .array(corrections.map(\.cacheJSON)), "attachments": .array(attachments.map(\.cacheJSON)),
            "contact": contact?.cacheJSON, "body": .string(body), "narrativeText": .string(narrativeText), "sourcePath": .string(sourcePath),
        ])
    }
}

extension Day {
    var cacheJSON: CanonicalJSON { .object(["year": .int(year), "month": .int(month), "day": .int(day)]) }
}

extension Staffing {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: ["authorized": .ifPresent(authorized), "actual": .ifPresent(actual), "retired": .ifPresent(retired)])
    }
}

extension Budget {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: [
            "initial": .ifPresent(initial), "adjusted": .ifPresent(adjusted), "executed": .ifPresent(executed),
            "executionRate": .ifPresent(executionRate), "carryoverStart": .ifPresent(carryoverStart),
            "carryoverEnd": .ifPresent(carryoverEnd),
        ])
    }
}

extension Income {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: ["total": .ifPresent(total), "fiscal": .ifPresent(fiscal), "other": .ifPresent(other)])
    }
}

extension Expenditure {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: [
            "total": .ifPresent(total), "basic": basic?.cacheJSON, "project": .ifPresent(project), "byFund": byFund?.cacheJSON,
        ])
    }
}

extension BasicExpenditure {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: ["total": .ifPresent(total), "personnel": .ifPresent(personnel), "publicFunds": .ifPresent(publicFunds)])
    }
}

extension FundBreakdown {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: [
            "generalPublic": .ifPresent(generalPublic), "governmentFund": .ifPresent(governmentFund),
            "stateCapital": .ifPresent(stateCapital), "socialInsurance": .ifPresent(socialInsurance),
        ])
    }
}

extension PreviousYear {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: [
            "income": .ifPresent(income), "expenditure": .ifPresent(expenditure), "basic": .ifPresent(basic),
            "project": .ifPresent(project), "threePublic": .ifPresent(threePublic),
        ])
    }
}

extension ThreePublic {
    var cacheJSON: CanonicalJSON { .object(omittingNil: ["budget": budget?.cacheJSON, "actual": actual?.cacheJSON]) }
}

extension ThreePublicAmounts {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: [
            "total": .ifPresent(total), "reception": .ifPresent(reception), "vehiclePurchase": .ifPresent(vehiclePurchase),
            "vehicleOperation": .ifPresent(vehicleOperation), "overseas": .ifPresent(overseas),
        ])
    }
}

extension Indicator {
    /// An array in declaration order, as `init(from:)` reads it, with `null` for an absent field.
    var cacheJSON: CanonicalJSON {
        .array([.string(level1), .string(level2), .string(name), .string(target), .string(actual),
                weight.map(CanonicalJSON.decimal) ?? .null, score.map(CanonicalJSON.decimal) ?? .null, .string(note)])
    }
}

extension Project {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: [
            "name": .ifPresent(name), "budget": .ifPresent(budget), "executed": .ifPresent(executed),
            "score": .ifPresent(score), "summary": .ifPresent(summary),
        ])
    }
}

extension Figure {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: ["label": .string(label), "value": .ifPresent(value), "unit": .ifPresent(unit)])
    }
}

extension Correction {
    var cacheJSON: CanonicalJSON { .object(["date": date.cacheJSON, "note": .string(note)]) }
}

extension Attachment {
    var cacheJSON: CanonicalJSON { .object(omittingNil: ["file": .string(file), "title": .ifPresent(title)]) }
}

extension Contact {
    var cacheJSON: CanonicalJSON { .object(omittingNil: ["name": .ifPresent(name), "phone": .ifPresent(phone)]) }
}

extension Diagnostic {
    var cacheJSON: CanonicalJSON {
        .object(omittingNil: [
            "severity": .string(severity.rawValue), "file": .string(file),
            "position": position.map { .object(["line": .int($0.line), "column": .int($0.column)]) },
            "field": .ifPresent(field), "message": .string(message), "topic": .string(topic.rawValue),
        ])
    }
}
