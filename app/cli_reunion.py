"""`kohort reunion …` and `kohort alumni`: a programme's reunions, their invitation lists,
and the alumni view, over :mod:`app.services.gatherings` and :mod:`app.services.alumni`.

Imported only when one of these commands runs (see :mod:`app.cli`). The JSON shapes are
documented in the README ("### JSON output").
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_output import iso, print_json, refuse_existing, table
from app.domain import InviteeStatus
from app.i18n import _, ngettext
from app.services import alumni, gathering_output, gatherings
from app.words import shown

if TYPE_CHECKING:
    from app.db import Database


def gathering_json(g: gatherings.GatheringInfo) -> dict[str, Any]:
    return {
        "id": g.id,
        "program_id": g.program_id,
        "kind": g.kind.value,
        "title": g.title,
        "date": iso(g.date),
        "start_time": iso(g.start_time),
        "end_time": iso(g.end_time),
        "venue": g.venue,
        "notes": g.notes,
        "counts": {status.value: n for status, n in g.counts.items()},
    }


def invitee_json(i: gathering_output.Invitee) -> dict[str, Any]:
    return {
        "person_id": i.person_id,
        "first_name": i.first_name,
        "last_name": i.last_name,
        "email": i.email,
        "organization": i.organization,
        "archived": i.archived,
        "status": i.status.value,
        "added_by_hand": i.added_by_hand,
        "cohorts": [{"id": c.cohort_id, "name": c.name, "year": c.year} for c in i.cohorts],
    }


def _when(g: gatherings.GatheringInfo) -> str:
    times = "–".join(t.strftime("%H:%M") for t in (g.start_time, g.end_time) if t is not None)
    return f"{g.date.isoformat()} {times}".strip()


def create(db: Database, args: argparse.Namespace) -> None:
    fields = gatherings.GatheringFields(
        title=args.title,
        date=args.date,
        kind=args.kind,
        start_time=args.start,
        end_time=args.end,
        venue=args.venue,
        notes=args.notes,
    )
    with db.write() as session:
        info = gatherings.create_gathering(session, args.program, fields)
    if args.json:
        print_json(gathering_json(info))
        return
    print(
        _("Created {kind} {id} “{title}” on {date}.").format(
            kind=gatherings.kind_text(info.kind), id=info.id, title=info.title, date=_when(info)
        )
    )


def list_gatherings(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        found = gatherings.list_gatherings(session, args.program)
    if args.json:
        print_json([gathering_json(g) for g in found])
        return
    if not found:
        print(_("The programme has no reunions or lectures yet."))
        return
    table(
        [
            [
                str(g.id),
                _when(g),
                gatherings.kind_text(g.kind),
                g.title,
                str(g.invited),
                *(str(g.counts[status]) for status in _LIST_COLUMNS),
            ]
            for g in found
        ],
        [
            _("ID"),
            _("DATE"),
            _("KIND"),
            _("TITLE"),
            _("ON THE LIST"),
            _("NO ANSWER"),
            *(gatherings.status_text(status).upper() for status in _LIST_COLUMNS[1:]),
        ],
    )


# `reunion list`: every status's count, in the order an invitation goes.
_LIST_COLUMNS = (
    InviteeStatus.INVITED,
    InviteeStatus.ACCEPTED,
    InviteeStatus.DECLINED,
    InviteeStatus.ATTENDED,
    InviteeStatus.ABSENT,
)


def invite(db: Database, args: argparse.Namespace) -> None:
    by_hand = list(dict.fromkeys(args.person or ()))
    alumni_wanted = not by_hand or args.year is not None or args.organization is not None
    with db.write() as session:
        organizations = (
            None
            if args.organization is None
            else gatherings.find_organizations(session, args.organization)
        )
        invited = (
            gatherings.invite_alumni(
                session,
                args.gathering,
                years=args.year,
                organization_ids=organizations,
                active_only=not args.include_archived,
            )
            if alumni_wanted
            else 0
        )
        listed = {i.person_id for i in gathering_output.invitees(session, args.gathering)}
        added = [pid for pid in by_hand if pid not in listed]
        for pid in added:
            gatherings.add_by_hand(session, args.gathering, pid)
        total = len(listed) + len(added)
    if args.json:
        print_json({"invited": invited, "added_by_hand": len(added), "on_list": total})
        return
    print(
        ngettext(
            "Invited {n} alumnus; added {m} by hand; {total} on the list.",
            "Invited {n} alumni; added {m} by hand; {total} on the list.",
            invited,
        ).format(n=invited, m=len(added), total=total)
    )


def status(db: Database, args: argparse.Namespace) -> None:
    with db.write() as session:
        if args.status == InviteeStatus.INVITED:  # put back: the undo of the window
            gatherings.restore_status(session, args.gathering, args.person, args.status)
        else:
            gatherings.set_status(session, args.gathering, args.person, args.status)
        name = gatherings.person_name(session, args.person)
    print(
        _("{name} (person {person}): {status}.").format(
            name=name, person=args.person, status=gatherings.status_text(args.status)
        )
    )


def show(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        info = gatherings.get_gathering(session, args.gathering)
        rows = gathering_output.invitees(session, args.gathering)
    if args.json:
        print_json({**gathering_json(info), "invitees": [invitee_json(i) for i in rows]})
        return
    print(f"{info.title} ({gatherings.kind_text(info.kind)}, {_when(info)})")
    if not rows:
        print(_("Nobody is invited yet."))
        return
    table(
        [
            [
                str(i.person_id),
                i.listed_name,
                i.email or "",
                i.organization or "",
                i.cohort_names or (_("added by hand") if i.added_by_hand else ""),
                gatherings.status_text(i.status),
            ]
            for i in rows
        ],
        [_("ID"), _("NAME"), _("E-MAIL"), _("ORGANIZATION"), _("COHORT"), _("STATUS")],
    )


def export(db: Database, args: argparse.Namespace) -> None:
    refuse_existing(args.out, args.overwrite)
    with db.read() as session:
        n = gathering_output.export_invitees(session, args.gathering, Path(args.out))
    print(
        ngettext("Wrote {n} person to {out}.", "Wrote {n} people to {out}.", n).format(
            n=n, out=args.out
        )
    )


def signin_sheet(db: Database, args: argparse.Namespace) -> None:
    refuse_existing(args.out, args.overwrite)
    with db.read() as session:
        sheet = gathering_output.write_gathering_signin_sheet(
            session, args.gathering, Path(args.out), blank_rows=args.blank_rows
        )
        declined = gatherings.get_gathering(session, args.gathering).counts[InviteeStatus.DECLINED]
    print(
        _(
            "Wrote the sign-in sheet for “{session_title}” ({rows} names, "
            "{blank_rows} blank rows) to {out}."
        ).format(
            session_title=sheet.session_title,
            rows=len(sheet.rows),
            blank_rows=sheet.blank_rows,
            out=args.out,
        )
    )
    if declined:
        print(
            ngettext(
                "{n} person who declined is left out.",
                "{n} people who declined are left out.",
                declined,
            ).format(n=declined)
        )


def show_alumni(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        if args.program is not None:
            figures = alumni.programme_alumni(session, args.program)
            _print_programme(figures, as_json=args.json)
        else:
            history = alumni.person_history(session, args.person)
            _print_person(history, as_json=args.json)


def programme_json(f: alumni.ProgrammeAlumni) -> dict[str, Any]:
    rate = f.return_rate
    return {
        "program": {"id": f.program_id, "name": f.programme},
        "alumni": f.alumni,
        "by_year": [{"year": y, "alumni": n} for y, n in f.by_year],
        "by_organization": [{"organization": o, "alumni": n} for o, n in f.by_organization],
        "gatherings": f.gatherings,
        "returned": f.returned,
        "return_rate": None if rate is None else round(float(rate), 4),
    }


def person_json(h: alumni.PersonHistory) -> dict[str, Any]:
    return {
        "person": {
            "id": h.person.id,
            "first_name": h.person.first_name,
            "last_name": h.person.last_name,
            "email": h.person.email,
            "organization": h.person.organization,
        },
        "cohorts": [
            {
                "program_id": c.program_id,
                "programme": c.programme,
                "cohort_id": c.cohort_id,
                "cohort": c.cohort,
                "start_date": iso(c.start_date),
                "end_date": iso(c.end_date),
                "role": c.role.value,
                "status": c.status.value,
                "shown_status": c.shown_status.value,
                "completed": c.completed,
            }
            for c in h.cohorts
        ],
        "diplomas": [
            {
                "serial": d.serial,
                "issue_date": iso(d.issue_date),
                "cohort": d.cohort,
                "revoked": d.revoked,
            }
            for d in h.diplomas
        ],
        "gatherings": [
            {
                "id": g.gathering_id,
                "programme": g.programme,
                "kind": g.kind.value,
                "title": g.title,
                "date": iso(g.date),
                "status": g.status.value,
            }
            for g in h.gatherings
        ],
        "evaluations": [
            {
                "id": e.evaluation_id,
                "title": e.title,
                "cohort": e.cohort,
                "answered_at": e.answered_at.replace(microsecond=0).isoformat(),
            }
            for e in h.evaluations
        ],
    }


def _print_programme(f: alumni.ProgrammeAlumni, *, as_json: bool) -> None:
    if as_json:
        print_json(programme_json(f))
        return
    print(f.programme)
    print(_("Alumni: {n}").format(n=f.alumni))
    rate = f.return_rate
    print(
        _("Came back (attended a reunion or lecture): {n} of {total}{rate}").format(
            n=f.returned,
            total=f.alumni,
            rate="" if rate is None else f" ({round(float(rate) * 100)} %)",
        )
    )
    if f.by_year:
        print()
        table([[str(y) if y else "–", str(n)] for y, n in f.by_year], [_("YEAR"), _("ALUMNI")])
    if f.by_organization:
        print()
        table(
            [[o or _("(no organization)"), str(n)] for o, n in f.by_organization],
            [_("ORGANIZATION"), _("ALUMNI")],
        )


def _print_person(h: alumni.PersonHistory, *, as_json: bool) -> None:
    if as_json:
        print_json(person_json(h))
        return
    print(h.person.full_name)
    print()
    if h.cohorts:
        table(
            [
                [
                    c.programme,
                    c.cohort,
                    _dates(c.start_date, c.end_date),
                    shown(c.role),
                    shown(c.shown_status),
                ]
                for c in h.cohorts
            ],
            [_("PROGRAMME"), _("COHORT"), _("DATES"), _("ROLE"), _("STATUS")],
        )
    else:
        print(_("In no cohort."))
    for d in h.diplomas:
        revoked = _(" (revoked)") if d.revoked else ""
        print(
            _("Diploma {serial}, {date}, {cohort}{revoked}").format(
                serial=d.serial, date=d.issue_date.isoformat(), cohort=d.cohort, revoked=revoked
            )
        )
    for g in h.gatherings:
        print(
            _("{kind} “{title}”, {date}: {status}").format(
                kind=gatherings.kind_text(g.kind).capitalize(),
                title=g.title,
                date=g.date.isoformat(),
                status=gatherings.status_text(g.status),
            )
        )
    for e in h.evaluations:
        print(
            _("Answered the evaluation “{title}” ({cohort})").format(title=e.title, cohort=e.cohort)
        )


def _dates(start: dt.date | None, end: dt.date | None) -> str:
    return "–".join(d.isoformat() for d in (start, end) if d is not None)
