"""build.spec read as PyInstaller reads it, for Linux, Windows and macOS,
with PyInstaller's building blocks replaced by recorders: the branches that
cannot be built here are at least run, and say the right things. And the
icons are whole .ico and .icns containers."""

from __future__ import annotations

import struct
import sys
import types
from pathlib import Path

import pytest

from desktop.version import BUNDLE_IDENTIFIER, __version__

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


class Recorder:
    """Stands for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps what it was given."""

    made: list["Recorder"] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.kind = type(self).__name__
        Recorder.made.append(self)


class Analysis(Recorder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.scripts, self.pure, self.binaries = [], [], []
        # What PyInstaller's hooks would add: babel's CLDR data and Qt's translations.
        self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]] + [
            (name, "/site-packages/" + name, "DATA") for name in (
                "babel/locale-data/root.dat", "babel/locale-data/ja_JP.dat",
                "babel/locale-data/zh_Hans_CN.dat", "babel/locale-data/de_DE.dat",
                "babel/locale-data/fr.dat", "PySide6/Qt/translations/qtbase_ru.qm",
                "PySide6/Qt/translations/qtbase_zh_CN.qm", "PySide6/Qt/translations/qtbase_de.qm")]


class PYZ(Recorder):
    pass


class EXE(Recorder):
    pass


class COLLECT(Recorder):
    pass


class BUNDLE(Recorder):
    pass


def fake_versioninfo() -> types.ModuleType:
    """PyInstaller's versioninfo needs pefile, which only Windows installs: the
    same names, keeping their arguments."""
    module = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("FixedFileInfo", "StringFileInfo", "StringStruct", "StringTable", "VarFileInfo",
                 "VarStruct", "VSVersionInfo"):
        setattr(module, name, type(name, (), {
            "__init__": lambda self, *args, **kwargs: setattr(self, "given", (args, kwargs))}))
    return module


def read_spec(monkeypatch, platform: str) -> dict[str, list[Recorder]]:
    import PyInstaller.utils.hooks as hooks

    monkeypatch.setattr(hooks, "collect_submodules", lambda package, **kw: [f"{package}.every"])
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", fake_versioninfo())
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds the repository to it
    Recorder.made = []
    spec = ROOT / "build.spec"
    namespace = {"__file__": str(spec), "__name__": "__main__", "SPECPATH": str(ROOT),
                 "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT,
                 "BUNDLE": BUNDLE}
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    made: dict[str, list[Recorder]] = {}
    for item in Recorder.made:
        made.setdefault(item.kind, []).append(item)
    return made


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_a_one_folder_bundle_of_the_app_with_its_resources(monkeypatch, platform):
    made = read_spec(monkeypatch, platform)
    (analysis,) = made["Analysis"]
    assert analysis.args[0] == [str(ROOT / "desktop" / "__main__.py")]
    hidden = analysis.kwargs["hiddenimports"]
    assert {"desktop.every", "holidays.countries.every", "babel.numbers", "tzdata"} <= set(hidden)
    assert {"tkinter", "PySide6.QtWebEngineCore", "PySide6.QtQml"} <= set(analysis.kwargs["excludes"])

    bundled = {Path(dest) / Path(src).name for src, dest in analysis.kwargs["datas"]}
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            relative = path.relative_to(ROOT)
            # The README's screenshots stay out of the app.
            shipped = path.suffix not in {".py", ".ts"} and "screenshots" not in path.parts
            assert (relative in bundled) == shipped, relative
    assert Path("resources/fonts/LICENSE-DejaVu.txt") in bundled
    assert Path("resources/icons/liendesk.png") in bundled

    # The other languages' CLDR data and Qt translations are left out.
    kept = {dest for dest, _, _ in analysis.datas if not dest.startswith("resources")}
    assert kept == {"babel/locale-data/root.dat", "babel/locale-data/ja_JP.dat",
                    "babel/locale-data/zh_Hans_CN.dat", "PySide6/Qt/translations/qtbase_ru.qm",
                    "PySide6/Qt/translations/qtbase_zh_CN.qm"}

    (exe,) = made["EXE"]
    assert exe.kwargs["name"] == "LienDesk" and exe.kwargs["exclude_binaries"] is True
    assert exe.kwargs["console"] is False and exe.kwargs["upx"] is False
    (collect,) = made["COLLECT"]
    assert collect.kwargs["name"] == "LienDesk"
    assert ("BUNDLE" in made) == (platform == "darwin")


def test_windows_gets_the_ico_and_a_version_resource(monkeypatch):
    (exe,) = read_spec(monkeypatch, "win32")["EXE"]
    icon = Path(exe.kwargs["icon"])
    assert icon.name == "liendesk.ico" and icon.is_file()
    resource = exe.kwargs["version"]
    fixed = resource.given[1]["ffi"].given[1]
    assert fixed["filevers"] == fixed["prodvers"] == (0, 1, 0, 0)
    string_file_info, var_file_info = resource.given[1]["kids"]
    (table,) = string_file_info.given[0][0]
    strings = dict(s.given[0] for s in table.given[0][1])
    assert strings["ProductName"] == "LienDesk" and strings["OriginalFilename"] == "LienDesk.exe"
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__


def test_macos_gets_an_app_with_the_icns_identifier_and_info_plist(monkeypatch):
    made = read_spec(monkeypatch, "darwin")
    (bundle,) = made["BUNDLE"]
    assert bundle.args == (made["COLLECT"][0],)
    assert bundle.kwargs["name"] == "LienDesk.app"
    icon = Path(bundle.kwargs["icon"])
    assert icon.name == "liendesk.icns" and icon.is_file()
    assert bundle.kwargs["bundle_identifier"] == BUNDLE_IDENTIFIER == "com.liendesk.desk"
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleName"] == plist["CFBundleDisplayName"] == "LienDesk"
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["NSHighResolutionCapable"] is True
    assert Path(made["EXE"][0].kwargs["icon"]).name == "liendesk.icns"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_ico_holds_a_png_for_each_size_up_to_256():
    data = (ICONS / "liendesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        side = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        assert png_size(data[offset:offset + length]) == (side, side)
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_every_retina_size():
    data = (ICONS / "liendesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at:at + 4].decode("ascii"), struct.unpack(">I", data[at + 4:at + 8])[0]
        found[kind] = png_size(data[at + 8:at + length])[0]
        at += length
    assert at == len(data)
    assert found == {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512,
                     "ic10": 1024, "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512}
    assert png_size((ICONS / "liendesk.png").read_bytes()) == (256, 256)
