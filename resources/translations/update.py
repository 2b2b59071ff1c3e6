"""The screens' translations: extract, fill, list what is missing, compile.

    python resources/translations/update.py                 # extract into the .ts files
    python resources/translations/update.py --missing ja    # untranslated entries, as JSON
    python resources/translations/update.py --fill ja ja.json   # merge {context: {source: text}}
    python resources/translations/update.py --compile       # .ts -> .qm (lrelease)

Extracting runs pyside6-lupdate over desktop/**/*.py and forms/*.ui into
liendesk_{ja,ru,zh_CN}.ts, keeping the translations already there. lupdate
sees only tr() and translate() calls, so this script also finds, by reading
the code (ast), the strings it cannot see and writes them to core_strings.py
(generated; lupdate reads it too):

* the core's messages, translated by the screens in the context "messages"
  (desktop.ui.i18n.render_notice, desktop.ui.errors.translate_message):
  Notice templates, field problems (Problems.add, ValidationError.single,
  FieldProblem) and the texts of Conflict and SignInRefused;
* calls of a module's own translating helper, such as
  ``def _t(text): return QCoreApplication.translate("choices", text)``;
* self.tr() in a class whose subclasses use it: PySide6 looks the text up
  under the subclass's name, lupdate files it under the base class's.

A message built at run time (an f-string, a template glued from parts) has no
fixed source text and cannot be translated; `--unresolved` lists where.

The JSON of --missing has the shape --fill takes: fill in the empty strings
and feed the file back. A plural (numerus) entry takes a list of forms.
tests/ui/test_translations.py checks the .ts files are complete, keep their
placeholders, and that the .qm files are fresh (run --compile after a fill).
"""

from __future__ import annotations

import argparse
import ast
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DESKTOP = ROOT / "desktop"
FORMS = ROOT / "forms"
GENERATED = HERE / "core_strings.py"

LANGUAGES = {"ja": "ja_JP", "ru": "ru_RU", "zh_CN": "zh_CN"}

# The core's packages: no Qt there, their texts are translated by the screens
# (and the screens' own field problems, shown the same way).
CORE_DIRS = ("domain", "services", "store", "ui")
MESSAGES = "messages"
# Calls whose argument at this position is a message a clerk reads.
MESSAGE_CALLS = {"Notice": 0, "Conflict": 0, "SignInRefused": 0, "FieldProblem": 1,
                 "ValidationError.single": 1, ".add": 1}
MAX_VARIANTS = 64


def ts_path(lang: str) -> Path:
    return HERE / f"liendesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"liendesk_{lang}.qm"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def source_files() -> list[Path]:
    """What lupdate reads: the Python code (not the compiled forms) and the .ui forms."""
    py = [p for p in sorted(DESKTOP.rglob("*.py"))
          if "__pycache__" not in p.parts and p.parent != DESKTOP / "ui" / "forms"]
    return py + sorted(FORMS.glob("*.ui"))


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# -- reading the code -------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    origin: str  # file:line


class _Unresolved(Exception):
    pass


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        inner = _call_name(func.value) if isinstance(func.value, (ast.Name, ast.Attribute)) else ""
        return f"{inner}.{func.attr}" if inner else f".{func.attr}"
    return ""


def _matches(name: str, pattern: str) -> bool:
    if pattern.startswith("."):
        return name.endswith(pattern)
    return name == pattern or name.endswith("." + pattern)


class Module:
    """One parsed file, with enough scope information to follow a name back
    to the string literals assigned to it or passed for it (by its callers,
    in this file or in the other files of `family`)."""

    def __init__(self, path: Path, family: list["Module"] | None = None):
        self.path = path
        self.family = family if family is not None else [self]
        self.unresolved_callers: set[str] = set()
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self.functions: dict[str, list[ast.FunctionDef]] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.functions.setdefault(node.name, []).append(node)

    def where(self, node: ast.AST) -> str:
        return f"{rel(self.path)}:{getattr(node, 'lineno', 0)}"

    def scope_of(self, node: ast.AST):
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                return node
        return self.tree

    def strings(self, expr: ast.expr, depth: int = 0) -> list[str]:
        """Every text `expr` can have, or _Unresolved."""
        if depth > 4:
            raise _Unresolved
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return [expr.value]
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left, right = self.strings(expr.left, depth), self.strings(expr.right, depth)
            out = [a + b for a, b in product(left, right)]
            if len(out) > MAX_VARIANTS:
                raise _Unresolved
            return out
        if isinstance(expr, ast.IfExp):
            return self.strings(expr.body, depth) + self.strings(expr.orelse, depth)
        if isinstance(expr, ast.Name):
            return self._name_strings(expr, depth)
        if isinstance(expr, ast.JoinedStr):
            return [self._constant_fstring(expr)]
        if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name):
            # One of a table's texts: _LABELS[kind] -> every value of _LABELS.
            tables = self._assigned(expr.value)
            if tables and all(isinstance(t, ast.Dict) for t in tables):
                return [s for t in tables for v in t.values for s in self.strings(v, depth + 1)]
        raise _Unresolved

    def _constant_fstring(self, expr: ast.JoinedStr) -> str:
        """An f-string of module constants only (f"1 to {MAX_TERM_MONTHS} months") has one text."""
        out = []
        for part in expr.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
                continue
            if (isinstance(part, ast.FormattedValue) and part.conversion == -1 and part.format_spec is None
                    and isinstance(part.value, ast.Name)):
                values = [v for v in self._assigned(part.value, module_only=True)]
                if len(values) == 1 and isinstance(values[0], ast.Constant):
                    out.append(str(values[0].value))
                    continue
            raise _Unresolved
        return "".join(out)

    def _assigned(self, name: ast.Name, module_only: bool = False) -> list[ast.expr]:
        scope = self.tree if module_only else self.scope_of(name)
        while True:
            values = [node.value for node in ast.walk(scope)
                      if isinstance(node, ast.Assign) and self.scope_of(node) is scope
                      and any(isinstance(t, ast.Name) and t.id == name.id for t in node.targets)]
            if values or scope is self.tree:
                return values
            scope = self.scope_of(scope)

    def _name_strings(self, name: ast.Name, depth: int) -> list[str]:
        scope = self.scope_of(name)
        while True:
            values = [node.value for node in ast.walk(scope)
                      if isinstance(node, ast.Assign) and self.scope_of(node) is scope
                      and any(isinstance(t, ast.Name) and t.id == name.id for t in node.targets)]
            if values:
                out = [s for v in values for s in self.strings(v, depth + 1)]
                # template += " ..." in exclusive branches: the base, and the base with each ending.
                endings = [s for node in ast.walk(scope)
                           if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add)
                           and self.scope_of(node) is scope
                           and isinstance(node.target, ast.Name) and node.target.id == name.id
                           for s in self.strings(node.value, depth + 1)]
                return out + [base + end for base in out for end in endings]
            if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
                params = [a.arg for a in scope.args.posonlyargs + scope.args.args]
                if name.id in params or name.id in [a.arg for a in scope.args.kwonlyargs]:
                    return self._argument_strings(scope, name.id, params, depth)
            if scope is self.tree:
                raise _Unresolved
            scope = self.scope_of(scope)

    def _argument_strings(self, function, param: str, params: list[str], depth: int) -> list[str]:
        """A parameter: the texts the function's callers in this file pass for it."""
        position = params.index(param) if param in params else None
        if position is not None and params and params[0] in ("self", "cls"):
            position -= 1
        out: list[str] = []
        private = function.name.startswith("_")
        for module in [self] if private else self.family:
            for node in ast.walk(module.tree):
                if not (isinstance(node, ast.Call) and _call_name(node.func).split(".")[-1] == function.name):
                    continue
                if module is not self and not _imports(module, function.name):
                    continue
                arg = next((k.value for k in node.keywords if k.arg == param), None)
                if (arg is None and position is not None and position < len(node.args)
                        and not any(isinstance(a, ast.Starred) for a in node.args[:position + 1])):
                    arg = node.args[position]
                if arg is None:
                    default = _default(function, param)
                    if default is None:
                        raise _Unresolved
                    arg = default
                if isinstance(arg, ast.Constant) and arg.value is None:
                    continue
                try:
                    out += module.strings(arg, depth + 1)
                except _Unresolved:
                    # One caller's text is out of reach; the others' still count.
                    if _translated_already(arg):
                        continue
                    how = "built at run time" if _builds_text(arg) else "passed on, not followed"
                    self.unresolved_callers.add(f"{module.where(node)}: {how}: {function.name}"
                                                f"({ast.unparse(arg)[:90]})")
        if not out:
            raise _Unresolved
        return out


def _imports(module: Module, name: str) -> bool:
    return any(isinstance(node, ast.ImportFrom) and any(a.name == name for a in node.names)
               for node in ast.walk(module.tree))


def _builds_text(expr: ast.expr) -> bool:
    """Whether an expression puts text together (rather than passing one on)."""
    return any(isinstance(n, ast.JoinedStr) or (isinstance(n, ast.Constant) and isinstance(n.value, str))
               for n in ast.walk(expr))


def _translated_already(expr: ast.expr) -> bool:
    """A screen's problem written with self.tr(): lupdate has it."""
    return any(isinstance(n, ast.Call) and _call_name(n.func).split(".")[-1] in ("tr", "translate")
               for n in ast.walk(expr))


def _is_problems_add(call: ast.Call) -> bool:
    """problems.add(field, message), not a repository's add(record, ...)."""
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    return (isinstance(receiver, ast.Name) and len(call.args) == 2
            and (receiver.id in ("p", "check") or "problem" in receiver.id))


def _default(function, param: str) -> ast.expr | None:
    args = function.args
    positional = args.posonlyargs + args.args
    for a, d in zip(positional[len(positional) - len(args.defaults):], args.defaults):
        if a.arg == param:
            return d
    for a, d in zip(args.kwonlyargs, args.kw_defaults):
        if a.arg == param:
            return d
    return None


def core_messages(unresolved: list[str] | None = None) -> list[Found]:
    """The messages the core hands to a clerk, found by reading its code."""
    found: list[Found] = []
    family: list[Module] = []
    for folder in CORE_DIRS:
        family += [Module(path, family) for path in sorted((DESKTOP / folder).rglob("*.py"))
                   if (path.name != "errors.py" or folder != "domain")  # the plumbing itself
                   and path.parent != DESKTOP / "ui" / "forms"]
    for module in family:
            for node in ast.walk(module.tree):
                if not isinstance(node, ast.Call):
                    continue
                name = _call_name(node.func)
                for pattern, position in MESSAGE_CALLS.items():
                    if not _matches(name, pattern) or (pattern == ".add" and not _is_problems_add(node)):
                        continue
                    keyword = {"Notice": "template", "FieldProblem": "message"}.get(pattern)
                    arg = next((k.value for k in node.keywords if k.arg == keyword), None)
                    if arg is None and position < len(node.args):
                        arg = node.args[position]
                    if arg is None:
                        break
                    try:
                        texts = module.strings(arg)
                    except _Unresolved:
                        if unresolved is not None and not _translated_already(arg):
                            how = "built at run time" if _builds_text(arg) else "passed on, not followed"
                            unresolved.append(f"{module.where(node)}: {how}: {pattern.lstrip('.')}"
                                              f"({ast.unparse(arg)[:90]})")
                        break
                    found += [Found(MESSAGES, t, module.where(node)) for t in texts if t.strip()]
                    break
    if unresolved is not None:
        unresolved += sorted(set().union(*(m.unresolved_callers for m in family)))
    return found


def _translate_context(body: ast.expr, param: str) -> str | None:
    """The context of ``X.translate("context", param)``, if that is what body is."""
    if (isinstance(body, ast.Call) and _call_name(body.func).endswith("translate")
            and len(body.args) == 2 and isinstance(body.args[0], ast.Constant)
            and isinstance(body.args[1], ast.Name) and body.args[1].id == param):
        return body.args[0].value
    return None


def helper_strings() -> list[Found]:
    """Literal texts passed to a module's own translating helper."""
    found: list[Found] = []
    for path in source_files():
        if path.suffix != ".py":
            continue
        module = Module(path)
        helpers: dict[str, str] = {}
        for node in ast.walk(module.tree):
            if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1 and node.body:
                last = node.body[-1]
                if isinstance(last, ast.Return) and last.value is not None:
                    context = _translate_context(last.value, node.args.args[0].arg)
                    if context:
                        helpers[node.name] = context
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda)
                    and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and len(node.value.args.args) == 1):
                context = _translate_context(node.value.body, node.value.args.args[0].arg)
                if context:
                    helpers[node.targets[0].id] = context
        for node in ast.walk(module.tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in helpers and node.args):
                try:
                    texts = module.strings(node.args[0])
                except _Unresolved:
                    continue  # a pass-through of a text translated elsewhere
                found += [Found(helpers[node.func.id], t, module.where(node)) for t in texts]
    return found


def inherited_tr_strings() -> list[Found]:
    """self.tr("...") in a base class, under each subclass's name as well."""
    classes: dict[str, tuple[list[str], list[Found]]] = {}
    for path in source_files():
        if path.suffix != ".py":
            continue
        module = Module(path)
        for cls in ast.walk(module.tree):
            if not isinstance(cls, ast.ClassDef):
                continue
            texts = []
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "self" and node.args
                        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    texts.append(Found(cls.name, node.args[0].value, module.where(node)))
            bases = [ast.unparse(b).split(".")[-1] for b in cls.bases]
            classes[cls.name] = (bases, texts)

    def inherited(name: str, seen: set[str]) -> list[Found]:
        out = []
        for base in classes.get(name, ([], []))[0]:
            if base in classes and base not in seen:
                out += classes[base][1] + inherited(base, seen | {base})
        return out

    return [Found(name, f.source, f.origin) for name in classes for f in inherited(name, {name})]


def write_generated(found: list[Found]) -> None:
    lines = ['"""Generated by resources/translations/update.py: the texts lupdate cannot',
             "see in the code (see that script). Not imported; do not edit.", '"""',
             "", "from PySide6.QtCore import QCoreApplication", "", "translate = QCoreApplication.translate",
             ""]
    seen: dict[tuple[str, str], list[str]] = {}
    for f in found:
        seen.setdefault((f.context, f.source), []).append(f.origin)
    for (context, source), origins in sorted(seen.items()):
        lines.append(f"#: {' '.join(sorted(set(origins)))}")
        lines.append(f"translate({context!r}, {source!r})")
    GENERATED.write_text("\n".join(lines) + "\n", encoding="utf-8")


def extract() -> None:
    unresolved: list[str] = []
    write_generated(core_messages(unresolved) + helper_strings() + inherited_tr_strings())
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files() + [GENERATED]) + "\n", encoding="utf-8")
        for lang, qt_name in LANGUAGES.items():
            subprocess.run([tool("pyside6-lupdate"), "-locations", "relative", "-no-obsolete",
                            "-source-language", "en", "-target-language", qt_name,
                            f"@{listing}", "-ts", str(ts_path(lang))], check=True, cwd=ROOT)
    if unresolved:
        print(f"{len(unresolved)} core messages are built at run time and cannot be translated "
              "(see --unresolved)", file=sys.stderr)


# -- reading and writing .ts files ---------------------------------------------------


@dataclass
class Entry:
    context: str
    source: str
    translation: str | list[str]
    finished: bool
    numerus: bool
    comment: str = ""
    origin: str = ""


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                text: str | list[str] = [f.text or "" for f in tr.iter("numerusform")]
            else:
                text = (tr.text or "") if tr is not None else ""
            location = message.find("location")
            entries.append(Entry(name, message.findtext("source") or "", text, kind != "unfinished",
                                 numerus, message.findtext("extracomment") or "",
                                 location.get("filename", "") if location is not None else ""))
    return entries


def is_done(entry: Entry) -> bool:
    texts = entry.translation if isinstance(entry.translation, list) else [entry.translation]
    return entry.finished and bool(texts) and all(t.strip() for t in texts)


def missing(lang: str) -> dict[str, dict[str, str | list[str]]]:
    out: dict[str, dict[str, str | list[str]]] = {}
    for e in read_ts(ts_path(lang)):
        if not is_done(e):
            out.setdefault(e.context, {})[e.source] = [""] * len(e.translation) if e.numerus else ""
    return out


def _escape(text: str) -> str:
    # As lupdate writes it.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


_CONTEXT = re.compile(r"(<context>\s*<name>)(.*?)(</name>)(.*?)(</context>)", re.S)
_MESSAGE = re.compile(r"(<message(?: [^>]*)?>)(.*?)(</message>)", re.S)
_TRANSLATION = re.compile(r"<translation(?: [^>]*)?(?:/>|>.*?</translation>)", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)


def fill(lang: str, translations: dict[str, dict[str, str | list[str]]]) -> tuple[int, list[str]]:
    """Merge translations into the .ts, edited in place so the rest stays as
    lupdate wrote it. Returns (entries set, keys that matched nothing)."""
    path = ts_path(lang)
    text = path.read_text(encoding="utf-8")
    wanted = {(c, s): t for c, sources in translations.items() for s, t in sources.items()}
    used: set[tuple[str, str]] = set()

    def message(context: str, m: re.Match) -> str:
        body = m.group(2)
        source = _SOURCE.search(body)
        key = (context, html.unescape(source.group(1)) if source else None)
        value = wanted.get(key)
        if value is None or value == "" or value == []:
            return m.group(0)
        current = _TRANSLATION.search(body)
        if current is None or 'type="vanished"' in current.group(0) or 'type="obsolete"' in current.group(0):
            return m.group(0)
        used.add(key)
        if 'numerus="yes"' in m.group(1):
            forms = value if isinstance(value, list) else [value]
            indent = "\n" + " " * 12
            new = ("<translation>" + "".join(f"{indent}<numerusform>{_escape(f)}</numerusform>" for f in forms)
                   + "\n" + " " * 8 + "</translation>")
        else:
            new = f"<translation>{_escape(value if isinstance(value, str) else value[0])}</translation>"
        return m.group(1) + body[:current.start()] + new + body[current.end():] + m.group(3)

    def context(m: re.Match) -> str:
        name = html.unescape(m.group(2))
        messages = _MESSAGE.sub(lambda mm: message(name, mm), m.group(4))
        return m.group(1) + m.group(2) + m.group(3) + messages + m.group(5)

    path.write_text(_CONTEXT.sub(context, text), encoding="utf-8")
    unknown = [f"{c} / {s}" for (c, s), t in wanted.items() if (c, s) not in used and t not in ("", [])]
    return len(used), unknown


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def compile_all() -> None:
    for lang in LANGUAGES:
        compile_ts(ts_path(lang), qm_path(lang))
        print(f"{ts_path(lang).name} -> {qm_path(lang).name}")


def counts(lang: str) -> tuple[int, int]:
    entries = read_ts(ts_path(lang))
    return len(entries), sum(1 for e in entries if is_done(e))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--missing", metavar="LANG", choices=LANGUAGES,
                        help="print the untranslated entries as JSON {context: {source: \"\"}}")
    parser.add_argument("--fill", nargs=2, metavar=("LANG", "FILE.json"),
                        help="merge translations {context: {source: translation}} into the .ts")
    parser.add_argument("--compile", action="store_true", help="compile the .ts files into .qm")
    parser.add_argument("--counts", action="store_true", help="entries and translated entries per language")
    parser.add_argument("--unresolved", action="store_true",
                        help="list the core messages built at run time (no fixed text to translate)")
    args = parser.parse_args(argv)
    if args.missing:
        json.dump(missing(args.missing), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if args.unresolved:
        unresolved: list[str] = []
        core_messages(unresolved)
        print("\n".join(unresolved))
        return 0
    if args.fill:
        lang, file = args.fill
        if lang not in LANGUAGES:
            parser.error(f"LANG is one of {', '.join(LANGUAGES)}")
        data = json.loads(Path(file).read_text(encoding="utf-8"))
        done, unknown = fill(lang, data)
        print(f"{ts_path(lang).name}: {done} entries filled")
        for key in unknown:
            print(f"  not in the .ts (run the extraction first?): {key}", file=sys.stderr)
        return 1 if unknown else 0
    if args.counts:
        for lang in LANGUAGES:
            total, done = counts(lang)
            print(f"{lang}: {done}/{total} translated")
        return 0
    if args.compile:
        compile_all()
        return 0
    extract()
    for lang in LANGUAGES:
        total, done = counts(lang)
        print(f"{ts_path(lang).name}: {total} entries, {done} translated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
