"""`kohort checkout`, `kohort checkin` and `kohort release`: taking a cohort of a team
database along offline and back (app.checkout, app.checkin). Each opens what it needs
itself: the server, and the laptop's file."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli_output import print_json
from app.errors import KohortError
from app.i18n import _, ngettext

if TYPE_CHECKING:
    from app.checkin import CheckinResult
    from app.checkout import CheckoutInfo

EXIT_CONFLICTS = 1  # a check-in with conflicts changed nothing: it did not do what was asked


def _server(args: argparse.Namespace) -> str:
    from app.db_location import resolve_location

    return resolve_location(args.db)


def _progress(table: str, done: int, _total: int) -> None:
    print(_("kohort: {table}: {done} rows copied").format(table=table, done=done), file=sys.stderr)


def _info_json(info: CheckoutInfo) -> dict[str, Any]:
    return {
        "cohort_id": info.cohort_id,
        "cohort": info.cohort_name,
        "checked_out_by": info.checked_out_by,
        "checked_out_at": info.checked_out_at.isoformat(timespec="seconds") + "Z",
        "place": info.place,
    }


def checkout(args: argparse.Namespace) -> None:
    from app.checkout import check_out

    result = check_out(
        _server(args), args.cohort, args.target, serials=args.serials, progress=_progress
    )
    if args.json:
        print_json(
            {
                **_info_json(result.checkout),
                "file": result.file,
                "server": result.server,
                "rows": result.rows,
                "serials": [
                    {"prefix": r.prefix, "first": r.first, "last": r.last}
                    for r in result.reservations
                ],
            }
        )
        return
    print(
        _(
            "Checked out “{cohort}” to {file} ({rows} rows); it is read-only on {server} until "
            "it is checked in (kohort checkin {file})."
        ).format(
            cohort=result.checkout.cohort_name,
            file=result.file,
            rows=result.rows,
            server=result.server,
        )
    )
    for block in result.reservations:
        print(
            _("Serial numbers reserved for diplomas issued offline: {range}").format(
                range=block.text()
            )
        )


def checkin(args: argparse.Namespace) -> int:
    from app.checkin import check_in

    result = check_in(args.file, args.server, dry_run=args.dry_run, prefer=args.prefer)
    if args.json:
        print_json(_result_json(result))
    else:
        _print_result(result, args)
    return EXIT_CONFLICTS if result.open_conflicts else 0


def _result_json(result: CheckinResult) -> dict[str, Any]:
    return {
        "server": result.server,
        "cohort_id": result.cohort_id,
        "cohort": result.cohort_name,
        "applied": result.applied,
        "was_released": result.was_released,
        "changes": result.counts,
        "summary": result.text(),
        "conflicts": [
            {
                "table": c.table,
                "id": c.row_id,
                "row": c.row,
                "laptop": c.laptop,
                "server": c.server,
                "resolved": c.resolved,
                "text": c.text(),
            }
            for c in result.conflicts
        ],
    }


def _print_result(result: CheckinResult, args: argparse.Namespace) -> None:
    for conflict in result.conflicts:
        mark = _("settled") if conflict.resolved else _("conflict")
        print(f"{mark}: {conflict.text()}")
    if result.open_conflicts:
        count = len(result.open_conflicts)
        print(
            ngettext(
                "Nothing was checked in: {n} conflict. Check in with --prefer server (keep "
                "the server's row) or --prefer laptop (overwrite it with this file's).",
                "Nothing was checked in: {n} conflicts. Check in with --prefer server (keep "
                "the server's rows) or --prefer laptop (overwrite them with this file's).",
                count,
            ).format(n=count),
            file=sys.stderr,
        )
        return
    if args.dry_run:
        print(
            _("Checking in would apply: {changes}. Nothing was changed (a dry run).").format(
                changes=result.text()
            )
        )
        return
    if result.was_released:
        print(_("The cohort had been released on the server meanwhile; nothing conflicted."))
    print(
        _(
            "Checked in “{cohort}” to {server}: {changes}. The cohort is writable there again."
        ).format(cohort=result.cohort_name, server=result.server, changes=result.text())
    )


def release(args: argparse.Namespace) -> int:
    from app.checkout import release as release_cohort

    if not args.yes:
        raise KohortError(
            _(
                "Releasing makes the cohort writable here while its laptop may still hold "
                "work that is not checked in; nothing was released. Add --yes to release it."
            )
        )
    info = release_cohort(_server(args), args.cohort)
    if args.json:
        print_json({**_info_json(info), "released": True})
        return 0
    print(
        _(
            "Released “{cohort}” (checked out by {who}). Its reserved serial numbers stay "
            "reserved; the laptop can still check in what does not conflict."
        ).format(cohort=info.cohort_name, who=info.checked_out_by)
    )
    return 0
