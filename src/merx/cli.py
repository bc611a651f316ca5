"""The `merx` command; subcommands are named as Magento's bin/magento names them."""

from __future__ import annotations

import sys

import typer

from merx.cli_support import engine_scope, fail, unit_of_work
from merx.settings import load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="merx: Magento 2.4's REST API in Python.")


@app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8080, help="Port to listen on."),
    workers: int = typer.Option(1, help="Worker processes (use PostgreSQL for more than one)."),
) -> None:
    """Serve Magento's REST API (and the storefront pages)."""
    import uvicorn

    from merx.db import migrate
    from merx.ops.access_log import configure_logging
    from merx.setup.install import install

    settings = load_settings()
    with engine_scope() as engine:
        if settings.is_sqlite:
            install(engine)
        elif not migrate.is_up_to_date(engine):
            fail(
                "The PostgreSQL schema is not migrated to the current version. "
                "Run `merx setup:upgrade` (or `merx setup:install` on an empty database) first."
            )
    configure_logging()
    uvicorn.run(
        "merx.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        loop="uvloop",
        http="httptools",
        access_log=False,
        timeout_graceful_shutdown=30,
        log_level="warning",
    )


@app.command("setup:install")
def setup_install() -> None:
    """Migrate the schema and install Magento's default websites, stores and data (idempotent)."""
    from merx.setup.install import install

    with engine_scope() as engine:
        installed = install(engine)
    typer.echo("merx installed." if installed else "merx is already installed; schema is up to date.")


@app.command("setup:upgrade")
def setup_upgrade() -> None:
    """Apply pending schema migrations."""
    from merx.db import migrate

    with engine_scope() as engine:
        migrate.upgrade(engine)
        typer.echo(f"Schema at revision {migrate.current_revision(engine)}.")


@app.command("admin:user:create")
def admin_user_create(
    admin_user: str = typer.Option(..., "--admin-user"),
    admin_password: str = typer.Option(..., "--admin-password"),
    admin_email: str = typer.Option(..., "--admin-email"),
    admin_firstname: str = typer.Option(..., "--admin-firstname"),
    admin_lastname: str = typer.Option(..., "--admin-lastname"),
) -> None:
    """Create an administrator (or update the one with this user name)."""
    from merx.user.service import create_admin_user

    with unit_of_work() as uow:
        user, created = create_admin_user(
            uow.session,
            admin_user,
            admin_password,
            admin_email,
            admin_firstname,
            admin_lastname,
        )
        user_id = user.user_id
    typer.echo(
        f"Created Magento administrator user named {admin_user}"
        if created
        else f"Updated administrator user named {admin_user} (id {user_id})"
    )


@app.command("config:set")
def config_set(
    path: str,
    value: str,
    scope: str = typer.Option("default", "--scope", help="default, websites or stores"),
    scope_code: str | None = typer.Option(None, "--scope-code"),
) -> None:
    """Set a configuration value at a scope."""
    from merx.appconfig.service import set_value

    with unit_of_work() as uow:
        set_value(uow.session, path, value, scope, scope_code)
    typer.echo("Value was saved.")


@app.command("config:show")
def config_show(
    path: str | None = typer.Argument(None),
    scope: str = typer.Option("default", "--scope"),
    scope_code: str | None = typer.Option(None, "--scope-code"),
) -> None:
    """Show configuration values (with Magento's defaults and scope fallback)."""
    from merx.appconfig import repository
    from merx.appconfig.registry import SCOPE_STORES, SCOPE_WEBSITES, ConfigRegistry
    from merx.appconfig.service import resolve_scope
    from merx.store import repository as store_repository

    with unit_of_work() as uow:
        session = uow.session
        registry = ConfigRegistry(repository.load_all(session))
        scope_id = resolve_scope(session, scope, scope_code)
        store_id = scope_id if scope == SCOPE_STORES else None
        website_id = scope_id if scope == SCOPE_WEBSITES else None
        if store_id is not None:
            store = store_repository.store_by_code(session, scope_code or "")
            website_id = store.website_id if store else None
        paths = [path] if path else registry.known_paths()
        for item in paths:
            value = registry.get(item, store_id, website_id)
            if path:
                typer.echo("" if value is None else value)
            else:
                typer.echo(f"{item} - {'' if value is None else value}")


@app.command("store:website:create")
def store_website_create(code: str = typer.Option(..., "--code"), name: str = typer.Option(..., "--name")) -> None:
    """Create a website; prints its id."""
    from merx.store.management import create_website

    with unit_of_work() as uow:
        website = create_website(uow.session, code, name)
        new_id = website.website_id
    typer.echo(str(new_id))


@app.command("store:group:create")
def store_group_create(
    website: str = typer.Option(..., "--website", help="website code"),
    code: str = typer.Option(..., "--code"),
    name: str = typer.Option(..., "--name"),
    root_category_id: int = typer.Option(2, "--root-category-id"),
) -> None:
    """Create a store group in a website; prints its id."""
    from merx.store.management import create_group

    with unit_of_work() as uow:
        group = create_group(uow.session, website, code, name, root_category_id)
        new_id = group.group_id
    typer.echo(str(new_id))


@app.command("store:view:create")
def store_view_create(
    group: str = typer.Option(..., "--group", help="store group code"),
    code: str = typer.Option(..., "--code"),
    name: str = typer.Option(..., "--name"),
    sort_order: int = typer.Option(0, "--sort-order"),
    inactive: bool = typer.Option(False, "--inactive"),
) -> None:
    """Create a store view in a store group; prints its id."""
    from merx.store.management import create_store_view

    with unit_of_work() as uow:
        store = create_store_view(uow.session, group, code, name, sort_order, not inactive)
        new_id = store.store_id
    typer.echo(str(new_id))


@app.command("store:list")
def store_list() -> None:
    """List store views."""
    from merx.store import repository

    with unit_of_work() as uow:
        _, _, stores = repository.all_rows(uow.session)
        typer.echo(
            f"{'ID':<4} {'Website ID':<11} {'Group ID':<9} {'Name':<28} {'Code':<16} {'Sort Order':<11} Is Active"
        )
        for s in stores:
            typer.echo(
                f"{s.store_id:<4} {s.website_id:<11} {s.group_id:<9} {s.name:<28} {s.code:<16} "
                f"{s.sort_order:<11} {s.is_active}"
            )


@app.command("store:website:list")
def store_website_list() -> None:
    """List websites."""
    from merx.store import repository

    with unit_of_work() as uow:
        websites, _, _ = repository.all_rows(uow.session)
        typer.echo(f"{'ID':<4} {'Default Group Id':<17} {'Name':<24} {'Code':<16} {'Sort Order':<11} Is Default")
        for w in websites:
            typer.echo(
                f"{w.website_id:<4} {w.default_group_id:<17} {w.name:<24} {w.code:<16} {w.sort_order:<11} "
                f"{w.is_default}"
            )


def _register_domain_commands() -> None:
    from merx.catalog.commands import register as register_catalog
    from merx.customer.commands import register as register_customer
    from merx.inventory.commands import register as register_inventory

    for register in (register_customer, register_catalog, register_inventory):
        register(app)


_register_domain_commands()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
