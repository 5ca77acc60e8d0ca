"""`kohort badges`: name badges on label sheets, or folded table cards, for a cohort."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.db import Database
from app.i18n import ngettext
from app.services.badges import BadgeOptions, write_badges
from diplomas.badges_model import TentSize


def badges(db: Database, args: argparse.Namespace) -> None:
    options = BadgeOptions(
        session_id=args.session,
        sheet=args.sheet,
        tents=TentSize(args.tents) if args.tents else None,
        offset_x_mm=args.offset_x,
        offset_y_mm=args.offset_y,
        mentors=not args.no_mentors,
        guests=args.guests,
        roles=not args.no_roles,
        groups=args.groups,
    )
    with db.read() as session:
        written = write_badges(
            session, args.cohort, Path(args.out), options, overwrite=args.overwrite
        )
    what = (
        ngettext("{count} table card", "{count} table cards", written.people)
        if options.tents
        else ngettext("{count} name badge", "{count} name badges", written.people)
    ).format(count=written.people)
    print(
        ngettext(
            "Wrote {what} ({sheet}, {pages} page) to {out}.",
            "Wrote {what} ({sheet}, {pages} pages) to {out}.",
            written.pages,
        ).format(what=what, sheet=written.sheet.upper(), pages=written.pages, out=args.out)
    )
