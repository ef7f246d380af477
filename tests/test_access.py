"""Sign-in, teams and upload limits (analyzer/access.py): the parts that decide who sees which case."""

from __future__ import annotations

import stat

import pytest

from analyzer.access import (
    AccessError,
    AccessSettings,
    access_settings,
    add_user,
    authenticate,
    hash_password,
    load_users,
    serving_refused,
    upload_refused,
    user_for_identity,
    verify_password,
)


def test_a_password_is_kept_as_a_salted_hash_and_checked_against_it():
    stored = hash_password("geheim wachtwoord", salt=b"0123456789abcdef", iterations=1000)
    assert stored == "pbkdf2_sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$" + stored.rsplit("$", 1)[1]
    assert "geheim" not in stored
    assert verify_password("geheim wachtwoord", stored)
    assert not verify_password("Geheim wachtwoord", stored)
    assert not verify_password("geheim wachtwoord", "md5$oud")
    assert hash_password("x") != hash_password("x")  # a new salt each time


def test_local_users_sign_in_with_their_password_and_get_their_teams(tmp_path):
    users_file = tmp_path / "users.toml"
    add_user(users_file, "anna", ["arbeidsrecht-noord"], "wachtwoord-anna")
    add_user(users_file, "bram", ["arbeidsrecht-zuid", "verzekeraar"], "wachtwoord-bram")
    add_user(users_file, "carla@kantoor.nl", ["arbeidsrecht-noord"])  # signs in through the identity provider
    assert stat.S_IMODE(users_file.stat().st_mode) == 0o600
    users = load_users(users_file)
    assert authenticate(users, "anna", "wachtwoord-anna").teams == ("arbeidsrecht-noord",)
    assert authenticate(users, " bram ", "wachtwoord-bram").teams == ("arbeidsrecht-zuid", "verzekeraar")
    assert authenticate(users, "anna", "wachtwoord-bram") is None
    assert authenticate(users, "onbekend", "-") is None
    assert authenticate(users, "carla@kantoor.nl", "") is None  # no password: only through OIDC
    assert user_for_identity(users, "Carla@Kantoor.nl").teams == ("arbeidsrecht-noord",)
    assert user_for_identity(users, "iemand@anders.nl") is None
    assert user_for_identity(users, None) is None


def test_a_user_without_a_team_or_a_missing_users_file_is_a_clear_dutch_error(tmp_path):
    with pytest.raises(AccessError, match="bestaat niet"):
        load_users(tmp_path / "geen.toml")
    broken = tmp_path / "users.toml"
    broken.write_text('[users.anna]\npassword = "x"\n', encoding="utf-8")
    with pytest.raises(AccessError, match="hoort bij geen enkel team"):
        load_users(broken)
    with pytest.raises(AccessError, match="kies off, oidc of local"):
        access_settings({"DOSSIER_ANALYZER_ACCESS": "ldap"})


def test_without_sign_in_the_dashboard_serves_this_computer_only_unless_explicitly_told():
    off = AccessSettings()
    assert serving_refused("127.0.0.1", off) is None
    assert serving_refused("localhost", off) is None
    assert "alle netwerkadressen" in serving_refused(None, off)
    assert "0.0.0.0" in serving_refused("0.0.0.0", off)
    assert serving_refused("0.0.0.0", AccessSettings(allow_open=True)) is None
    assert serving_refused("0.0.0.0", AccessSettings(mode="local")) is None
    assert access_settings({"DOSSIER_ANALYZER_ALLOW_OPEN": "1"}).allow_open
    assert access_settings({}).mode == "off"


def test_an_upload_over_the_file_count_or_size_limit_is_refused_in_dutch():
    limits = AccessSettings(max_upload_mb=2, max_upload_files=3)
    assert upload_refused([1000, 2000, 3000], limits) is None
    assert upload_refused([1, 1, 1, 1], limits).startswith("Deze upload heeft 4 bestanden; het maximum is 3 per keer.")
    assert upload_refused([3 * 1024 * 1024], limits).startswith("Deze upload is 3 MB; het maximum is 2 MB per keer.")


def test_the_user_add_command_keeps_a_hash_and_refuses_a_short_password(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from analyzer.cli import main

    users_file = tmp_path / "users.toml"
    monkeypatch.setenv("DOSSIER_ANALYZER_USERS", str(users_file))
    short = CliRunner().invoke(main, ["user", "add", "anna", "--team", "noord"], input="kort\nkort\n")
    assert short.exit_code != 0 and "minstens 12 tekens" in short.output
    added = CliRunner().invoke(
        main, ["user", "add", "anna", "--team", "noord", "--team", "zuid"], input="een lang wachtwoord\n" * 2
    )
    assert added.exit_code == 0, added.output
    oidc = CliRunner().invoke(main, ["user", "add", "carla@kantoor.nl", "--team", "noord", "--oidc"])
    assert oidc.exit_code == 0, oidc.output
    users = load_users(users_file)
    assert "een lang wachtwoord" not in users_file.read_text()
    assert authenticate(users, "anna", "een lang wachtwoord").teams == ("noord", "zuid")
    assert user_for_identity(users, "carla@kantoor.nl").teams == ("noord",)
