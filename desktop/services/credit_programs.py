"""Lending program files on disk: the shipped ones and the administrator's own.

The rules of a file are the domain's (desktop/domain/credit/programs.py);
this module reads the folders. Shipped programs live in resources/programs
(read-only in an installed app); an administrator's files live in the
per-user data folder, where a file with a shipped program's id replaces
that program. A broken file never hides the others.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.credit.programs import (
    Program,
    ProgramCatalogue,
    ProgramFileError,
    build_catalogue,
    parse_program,
)


def read_program_file(path: str | os.PathLike) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ProgramFileError(str(path), None, "the file is not UTF-8 text; save it as UTF-8")
    except OSError as error:
        raise ProgramFileError(str(path), None, f"cannot be read: {error.strerror or error}")


def load_program(path: str | os.PathLike) -> Program:
    """Read and check one program file."""
    return parse_program(read_program_file(path), str(path))


def load_programs(directory: str | os.PathLike) -> ProgramCatalogue:
    """Every *.toml program in a folder, by file name; broken files go to `errors`."""
    folder = Path(directory)
    if not folder.is_dir():
        return ProgramCatalogue({}, (ProgramFileError(str(folder), None,
                                                      "the programs folder does not exist"),))
    loaded: list[Program | ProgramFileError] = []
    texts: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            text = read_program_file(path)
            texts[str(path)] = text
            loaded.append(parse_program(text, str(path)))
        except ProgramFileError as error:
            loaded.append(error)
    return build_catalogue(loaded, texts)


@dataclass(frozen=True)
class ProgramLibrary:
    """The programs the desk offers: shipped, then the administrator's."""

    shipped_dir: Path
    own_dir: Path | None = None
    catalogue: ProgramCatalogue = field(default_factory=lambda: ProgramCatalogue({}))
    replaced: tuple[str, ...] = ()  # shipped ids an own file replaces

    @classmethod
    def load(cls, shipped_dir: Path, own_dir: Path | None = None) -> "ProgramLibrary":
        shipped = load_programs(shipped_dir)
        if own_dir is None or not own_dir.is_dir():
            return cls(shipped_dir, own_dir, shipped)
        own = load_programs(own_dir)
        programs = dict(shipped.programs)
        replaced = tuple(sorted(set(own.programs) & set(programs)))
        programs.update(own.programs)
        return cls(shipped_dir, own_dir, ProgramCatalogue(programs, shipped.errors + own.errors),
                   replaced)

    def reload(self) -> "ProgramLibrary":
        return ProgramLibrary.load(self.shipped_dir, self.own_dir)

    def text_of(self, program_id: str) -> str:
        return read_program_file(self.catalogue.programs[program_id].file)

    def is_own(self, program_id: str) -> bool:
        program = self.catalogue.programs.get(program_id)
        return bool(program and self.own_dir and Path(program.file).parent == self.own_dir)

    def save_own(self, file_name: str, text: str) -> Program:
        """Check `text` as a program file, then write it whole to the own folder.

        Nothing is written when the text is not a usable program, and the
        file is replaced in one step (a temporary file renamed over it), so
        a crash never leaves half a file."""
        if self.own_dir is None:
            raise ProgramFileError(file_name, None, "there is no folder for own programs")
        name = Path(file_name).name
        if not name.endswith(".toml") or name != file_name or name.startswith("."):
            raise ProgramFileError(file_name, None,
                                   "a program file name ends in .toml and has no folder in it")
        target = self.own_dir / name
        program = parse_program(text, str(target))
        for other in self.catalogue.programs.values():
            if other.id == program.id and Path(other.file) != target and self.is_own(other.id):
                raise ProgramFileError(str(target), None,
                                       f"the program id '{program.id}' is already used by "
                                       f"{Path(other.file).name}")
        self.own_dir.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.own_dir, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return program
