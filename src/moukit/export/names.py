"""Names as Thai prints them."""

from __future__ import annotations


def display_name(honorific: str | None, name: str) -> str:
    """A name as Thai prints it: "นายโชคชัย เตชะธนรัญ" (a short title glued to the name),
    "พลเอก ประยุทธ์ จันทร์โอชา" (a rank set apart)."""
    if not honorific:
        return name
    glued = honorific in ("นาย", "นาง", "นางสาว") or honorific.endswith(".")
    return f"{honorific}{'' if glued else ' '}{name}"
