"""The content tree the browser suite builds: one the project's own tests have never seen.

It is made of three parts, so that the site is large enough to page, chunk and shard its search
index, and has the awkward records real publishers send:

- the three example units from the repository's ``content/``;
- a synthetic corpus from ``../shared/bench/gen-corpus.py`` (12 units, 3 years, seed 7);
- the hand-made units below, one per edge case the tests look for.

Everything a test needs to know about the hand-made records (unit ids, unique words, numbers) is
a constant here, so the tests never guess.
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GEN_CORPUS = ROOT.parent / "shared" / "bench" / "gen-corpus.py"

SITE_TITLE = "浏览器测试站点 · 部门整体支出绩效自评公开"
FEED_LIMIT = 20

# Unit ids of the hand-made units, and the words that find them.
WITHDRAWN_UNIT = "fixture-withdrawn"
WITHDRAWN_NOTE = '因"自评表"数据填报错误撤回, 更正后将重新公开。'  # ASCII quotes and comma: CSV must quote it
DRAFT_UNIT = "fixture-draft"
DRAFT_WORD = "草稿秘密词"
INCOME_ONLY_UNIT = "fixture-income-only"
GRADE_ONLY_UNIT = "fixture-grade-only"
NO_FIGURES_UNIT = "fixture-no-figures"
NUMBER_UNIT = "fixture-number-small"
LARGER_NUMBER_UNIT = "fixture-number-large"
NUMBER = "426.45"
LARGER_NUMBER = "1426.45"
PHRASE_UNIT = "fixture-phrase-exact"
APART_UNIT = "fixture-phrase-apart"
PHRASE = "应急广播覆盖率"
PROJECT_NAME = "乡村大喇叭提质改造项目"
CORRECTED_UNIT = NUMBER_UNIT
MOBILE_IN_CONTENT = "13912345678"

# Records of the repository's examples that the tests name.
EXAMPLE_RECORD = "units/hengyang-yanfeng-xuanchuanbu/2024/"
EXAMPLE_UNIT = "units/shaoyang-beita-rongmeiti/"
INDICATOR_NAME = "上级媒体新闻好作品转载率"  # an indicator of units/shaoyang-beita-rongmeiti/2023
INDICATOR_RECORD = "units/shaoyang-beita-rongmeiti/2023/"
PLACE_NAME = "北塔区"
TWO_CHARACTER_WORD = "宣讲"  # only in units/hengyang-yanfeng-xuanchuanbu/2024 ("开展理论宣讲", "集中宣讲")
TWO_CHARACTER_RECORD = "units/hengyang-yanfeng-xuanchuanbu/2024/"

UNIT_YAML = """name: {name}
short_name: {short}
region: [湖南省, 永州市, {county}]
type: 行政单位
"""

HAND_MADE = {
    WITHDRAWN_UNIT: {
        "unit": ("永州市测试县撤回示例局", "撤回示例局", "测试县"),
        "records": {
            2022: """---
year: 2022
status: published
published_on: 2023-08-01
score: 91
grade: 优秀
budget: {initial: 100, adjusted: 120, executed: 118.8}
---

## 部门基本情况

本局2022年度整体支出绩效自评工作按时完成。
""",
            2023: f"""---
year: 2023
status: withdrawn
published_on: 2024-08-01
withdrawn_note: {WITHDRAWN_NOTE}
score: 88
grade: 良好
budget: {{initial: 100, adjusted: 130, executed: 125}}
---

## 部门基本情况

本报告已撤回，原文保留备查。
""",
        },
    },
    DRAFT_UNIT: {
        "unit": ("永州市测试县草稿示例局", "草稿示例局", "测试县"),
        "records": {
            2023: """---
year: 2023
status: published
published_on: 2024-07-15
score: 93
budget: {initial: 50, adjusted: 60, executed: 59}
---

## 部门基本情况

本局2023年度已公开的自评报告。
""",
            2024: f"""---
year: 2024
status: draft
title: {DRAFT_WORD}草稿标题
score: 77
budget: {{initial: 70, adjusted: 80, executed: 79}}
problems:
  - {DRAFT_WORD}出现在问题里。
---

## 部门基本情况

{DRAFT_WORD}：这份报告尚未公开，任何页面、订阅、数据和搜索索引都不得出现这个词。
""",
        },
    },
    INCOME_ONLY_UNIT: {
        "unit": ("永州市测试县收支示例中心", "收支示例中心", "测试县"),
        "records": {
            2024: """---
year: 2024
status: published
published_on: 2025-08-05
income: {total: 500.5, fiscal: 480.5, other: 20}
expenditure:
  total: 490
  basic: {total: 300, personnel: 200, public: 100}
  project: 190
---

## 部门基本情况

本报告只填报了收入与支出决算数。
""",
        },
    },
    GRADE_ONLY_UNIT: {
        "unit": ("永州市测试县等次示例站", "等次示例站", "测试县"),
        "records": {
            2024: """---
year: 2024
status: published
published_on: 2025-08-06
grade: 良好
budget: {initial: 40, adjusted: 45, executed: 44}
---

## 部门基本情况

本报告只填报了评价等次，没有自评得分。
""",
        },
    },
    NO_FIGURES_UNIT: {
        "unit": ("永州市测试县无数字示例所", "无数字示例所", "测试县"),
        "records": {
            2024: """---
year: 2024
status: published
published_on: 2025-08-07
---

## 部门基本情况

本报告没有填报任何数字。
""",
        },
    },
    NUMBER_UNIT: {
        "unit": ("永州市测试县采购示例办", "采购示例办", "测试县"),
        "records": {
            2024: f"""---
year: 2024
status: published
published_on: 2025-08-08
score: 90
budget: {{initial: 400, adjusted: 430, executed: 426.45}}
corrections:
  - {{date: 2025-09-01, note: 更正全年执行数}}
problems:
  - 个别采购合同归档不及时，经办人手机{MOBILE_IN_CONTENT}曾写入公示材料。
---

## 部门基本情况

本办全年政府采购执行{NUMBER}万元。
""",
        },
    },
    LARGER_NUMBER_UNIT: {
        "unit": ("永州市测试县大额示例处", "大额示例处", "测试县"),
        "records": {
            2024: f"""---
year: 2024
status: published
published_on: 2025-08-09
score: 92
budget: {{initial: 1400, adjusted: 1430, executed: {LARGER_NUMBER}}}
---

## 部门基本情况

本处全年支出{LARGER_NUMBER}万元。
""",
        },
    },
    PHRASE_UNIT: {
        "unit": ("永州市测试县应急示例中心", "应急示例中心", "测试县"),
        "records": {
            2024: f"""---
year: 2024
status: published
published_on: 2025-08-10
score: 95
grade: 优秀
budget: {{initial: 200, adjusted: 210, executed: 209}}
expenditure:
  total: 209
  basic: {{total: 109, personnel: 80, public: 29}}
  project: 100
projects:
  - {{name: {PROJECT_NAME}, budget: 100, executed: 100, score: 96}}
indicators:
  - {{level1: 预算执行, level2: 预算执行率, name: 预算执行率, target: "100%", actual: "99.52%", weight: 10, score: 10}}
  - {{level1: 产出指标, level2: 数量指标, name: {PHRASE}, target: "≥95%", actual: "98%", weight: 50, score: 50}}
  - {{level1: 效益指标, level2: 社会效益指标, name: 群众收听满意度, target: "≥90%", actual: "85%", weight: 30, score: 25}}
  - {{level1: 满意度指标, level2: 服务对象满意度指标, name: 服务对象评价, target: "满意", actual: "满意", weight: 10, score: 10}}
---

## 部门整体支出绩效情况

全县{PHRASE}达到98%。
""",
        },
    },
    APART_UNIT: {
        "unit": ("永州市测试县分散示例站", "分散示例站", "测试县"),
        "records": {
            2024: """---
year: 2024
status: published
published_on: 2025-08-11
score: 85
---

## 部门整体支出绩效情况

应急物资储备充足。乡镇广播室全部建成。有线电视覆盖率稳定。
""",
        },
    },
}

SITE_YAML = f"""title: {SITE_TITLE}
base_url: https://example.org/jxgk/
language: zh-CN
publisher: 浏览器测试财政局
description: 浏览器测试用的部门整体支出绩效自评报告
feed_limit: {FEED_LIMIT}
terms: 本站数据可自由复制使用，请注明来源。
"""


def make_content(destination: Path) -> Path:
    """Writes the whole content tree under `destination` and returns it."""
    if not GEN_CORPUS.is_file():
        raise RuntimeError(
            f"the synthetic corpus generator is missing: expected {GEN_CORPUS} "
            "(the repository's sibling folder shared/bench/); the browser suite cannot build its fixture site without it")
    subprocess.run([sys.executable, str(GEN_CORPUS), str(destination), "--units", "12", "--years", "3", "--seed", "7"],
                   check=True, capture_output=True)
    (destination / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    units = destination / "units"
    for example in sorted((ROOT / "content" / "units").iterdir()):
        shutil.copytree(example, units / example.name)
    for unit_id, spec in HAND_MADE.items():
        folder = units / unit_id
        folder.mkdir(parents=True)
        name, short, county = spec["unit"]
        (folder / "unit.yaml").write_text(UNIT_YAML.format(name=name, short=short, county=county), encoding="utf-8")
        for year, text in spec["records"].items():
            (folder / f"{year}.md").write_text(text, encoding="utf-8")
    return destination


FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def records(content: Path):
    """Every record of the tree as a dict: unit, year, status, published_on, text (the whole file)."""
    found = []
    for path in sorted(content.glob("units/*/*.md")):
        text = path.read_text(encoding="utf-8")
        front = FRONT_MATTER.match(text)
        assert front, f"{path} has no front matter"
        fields = dict(re.findall(r"^(status|published_on): *(\S+)", front.group(1), re.M))
        found.append({"unit": path.parent.name, "year": int(path.stem), "status": fields.get("status"),
                      "published_on": fields.get("published_on"), "text": text,
                      "url": f"units/{path.parent.name}/{path.stem}/"})
    return found
