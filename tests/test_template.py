"""Offline checks of the SAM template: cfn-lint, then the real SAM translator.

No AWS calls: cfn-lint ships its schemas, and aws-sam-translator gets the managed-policy map
bundled with it (samtranslator/internal/data/aws_managed_policies.json) instead of asking IAM.
The translated role policies keep CloudFormation intrinsics (Fn::If on our Conditions), so a small
evaluator below resolves them for given parameter values before the assertions look at them.
"""
from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
from cfnlint.api import lint
from cfnlint.decode.decode import decode_str
from samtranslator.internal.managed_policies import get_bundled_managed_policy_map
from samtranslator.translator.transform import transform

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_PATH = ROOT / "template.yaml"
SKILL_ID = "amzn1.ask.skill.0a1b2c3d-4e5f-6789-abcd-ef0123456789"
REGION = "eu-west-1"
ACCOUNT = "123456789012"
NO_VALUE = object()


# --------------------------------------------------------------------------- helpers
@pytest.fixture(scope="module")
def template_text() -> str:
    return TEMPLATE_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def template(template_text: str) -> dict[str, Any]:
    """The template as plain JSON-like data (cfn-lint's loader understands !Ref, !Sub, ...)."""
    decoded, errors = decode_str(template_text)
    assert not errors, errors
    return json.loads(json.dumps(decoded))


class OfflinePolicyLoader:
    """ManagedPolicyLoader stand-in: the map bundled with samtranslator, no IAM ListPolicies."""

    def __init__(self) -> None:
        self.calls = 0

    def load(self) -> dict[str, str]:
        self.calls += 1
        policies = get_bundled_managed_policy_map("aws")
        assert policies, "samtranslator no longer bundles the managed policy map"
        return policies


def translate(template: dict[str, Any], monkeypatch: pytest.MonkeyPatch, **params: str) -> dict[str, Any]:
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)  # the translator needs a region, nothing else
    sam = copy.deepcopy(template)
    # `sam build`/`sam package` replace the local CodeUri by the uploaded zip; do the same.
    sam["Resources"]["PunPalFunction"]["Properties"]["CodeUri"] = "s3://example-bucket/punpal.zip"
    values = {"SkillId": SKILL_ID, **params}
    return transform(sam, values, OfflinePolicyLoader())


def parameter_values(template: dict[str, Any], **overrides: str) -> dict[str, Any]:
    values = {name: str(p.get("Default", "")) for name, p in template["Parameters"].items()}
    values.update({"SkillId": SKILL_ID, "AWS::Region": REGION, "AWS::AccountId": ACCOUNT,
                   "AWS::Partition": "aws", "AWS::NoValue": NO_VALUE})
    values.update(overrides)
    return values


class Evaluator:
    """Resolves the intrinsics this template uses for given parameter values.

    Refs to resources and Fn::GetAtt stay symbolic (returned as "<Ref X>" / "<X.Arn>") so a
    policy Resource can be compared with the resource it must point at.
    """

    def __init__(self, translated: dict[str, Any], params: dict[str, Any]) -> None:
        self.params = params
        self.condition_defs = translated.get("Conditions", {})
        self.conditions: dict[str, bool] = {}

    def condition(self, name: str) -> bool:
        if name not in self.conditions:
            self.conditions[name] = bool(self.eval(self.condition_defs[name]))
        return self.conditions[name]

    def sub(self, text: str, local: dict[str, Any]) -> str:
        def repl(m: re.Match[str]) -> str:
            key = m.group(1)
            if key in local:
                return str(local[key])
            if key in self.params:
                return str(self.params[key])
            return "<%s>" % key

        return re.sub(r"\$\{([^}!]+)\}", repl, text)

    def eval(self, node: Any) -> Any:
        if isinstance(node, list):
            items = [self.eval(n) for n in node]
            return [i for i in items if i is not NO_VALUE]
        if not isinstance(node, dict):
            return node
        if len(node) == 1:
            (key, arg), = node.items()
            if key == "Ref":
                return self.params[arg] if arg in self.params else "<Ref %s>" % arg
            if key == "Fn::GetAtt":
                return "<%s.%s>" % tuple(arg)
            if key == "Condition":
                return self.condition(arg)
            if key == "Fn::If":
                name, yes, no = arg
                return self.eval(yes if self.condition(name) else no)
            if key == "Fn::Equals":
                a, b = (self.eval(x) for x in arg)
                return a == b
            if key == "Fn::Not":
                return not self.eval(arg[0])
            if key == "Fn::And":
                return all(self.eval(x) for x in arg)
            if key == "Fn::Or":
                return any(self.eval(x) for x in arg)
            if key == "Fn::Sub":
                if isinstance(arg, str):
                    return self.sub(arg, {})
                text, local = arg
                return self.sub(text, {k: self.eval(v) for k, v in local.items()})
            if key == "Fn::Join":
                sep, parts = arg
                return sep.join(str(p) for p in self.eval(parts))
            if key == "Fn::Split":
                sep, text = arg
                return str(self.eval(text)).split(sep)
            if key == "Fn::Select":
                index, items = arg
                return self.eval(items)[int(self.eval(index))]
        return {k: self.eval(v) for k, v in node.items()}


def role_statements(translated: dict[str, Any], params: dict[str, Any]) -> list[dict[str, Any]]:
    role = translated["Resources"]["PunPalFunctionRole"]["Properties"]
    policies = Evaluator(translated, params).eval(role["Policies"])
    return [s for p in policies for s in p["PolicyDocument"]["Statement"]]


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def actions_of(statements: list[dict[str, Any]], prefix: str) -> list[tuple[str, Any]]:
    """(action, resource) pairs for every action starting with prefix."""
    return [(a, r) for s in statements for a in as_list(s["Action"]) if a.startswith(prefix)
            for r in as_list(s["Resource"])]


# --------------------------------------------------------------------------- cfn-lint
def test_cfn_lint_reports_no_errors_or_warnings(template_text: str) -> None:
    # The Alexa regions: NA us-east-1, EU eu-west-1, FE us-west-2.
    matches = lint(template_text, regions=["us-east-1", "eu-west-1", "us-west-2"])
    problems = [m for m in matches if m.rule.severity in ("error", "warning")]
    assert not problems, "\n".join(str(m) for m in problems)


def test_cfn_lint_catches_a_broken_template(template_text: str) -> None:
    """Guards against a lint call that silently checks nothing."""
    broken = template_text.replace("Runtime: python3.12", "Runtime: python2.9")
    assert broken != template_text
    assert [m for m in lint(broken, regions=["us-east-1"]) if m.rule.severity == "error"]


# --------------------------------------------------------------------------- parameters
def test_skill_id_is_required_and_validated(template: dict[str, Any]) -> None:
    param = template["Parameters"]["SkillId"]
    assert "Default" not in param
    pattern = param["AllowedPattern"]
    assert re.fullmatch(pattern, SKILL_ID)
    for bad in ("", "amzn1.ask.skill.", "amzn1.ask.skill.1234", "amzn1.echo-sdk-ams.app.x",
                "amzn1.ask.skill.0a1b2c3d-4e5f-6789-abcd-ef0123456789,*", "*"):
        assert not re.fullmatch(pattern, bad), bad


def test_generator_and_other_parameters(template: dict[str, Any]) -> None:
    params = template["Parameters"]
    assert params["Generator"]["AllowedValues"] == ["offline", "transformers", "bedrock"]
    assert params["Generator"]["Default"] == "offline"
    assert params["ModelUri"]["Default"] == ""
    assert set(params["KidModeDefault"]["AllowedValues"]) == {"true", "false"}
    assert {"BedrockModelId", "LogLevel"} <= set(params)


# --------------------------------------------------------------------------- translated stack
def test_translation_is_offline_and_produces_the_expected_resources(
        template: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    out = translate(template, monkeypatch)
    types = {k: v["Type"] for k, v in out["Resources"].items()}
    assert types == {
        "PunPalFunction": "AWS::Lambda::Function",
        "PunPalFunctionRole": "AWS::IAM::Role",
        "PunPalFunctionAlexaSkillPermission": "AWS::Lambda::Permission",
        "PunPalTable": "AWS::DynamoDB::Table",
        "PunPalRatingsTable": "AWS::DynamoDB::Table",
        "PunPalLogGroup": "AWS::Logs::LogGroup",
    }


def test_only_our_skill_may_invoke_the_function(template: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    out = translate(template, monkeypatch)
    perms = [r["Properties"] for r in out["Resources"].values() if r["Type"] == "AWS::Lambda::Permission"]
    assert len(perms) == 1
    perm = perms[0]
    assert perm["Principal"] == "alexa-appkit.amazon.com"
    assert perm["Action"] == "lambda:InvokeFunction"
    assert perm["FunctionName"] == {"Ref": "PunPalFunction"}
    assert perm["EventSourceToken"] == {"Ref": "SkillId"}


def test_function_settings(template: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    out = translate(template, monkeypatch)
    fn = out["Resources"]["PunPalFunction"]["Properties"]
    assert fn["Handler"] == "app.handler"
    assert fn["Timeout"] < 8  # Alexa gives up after ~8 s
    assert fn["Runtime"] == "python3.12"
    assert fn["Architectures"] == ["x86_64"]
    assert fn["MemorySize"] >= 1024
    assert fn["Role"] == {"Fn::GetAtt": ["PunPalFunctionRole", "Arn"]}
    assert fn["LoggingConfig"]["LogGroup"] == {"Ref": "PunPalLogGroup"}
    env = fn["Environment"]["Variables"]
    assert env["PUNPAL_PERSISTENCE"] == "dynamodb"
    assert env["PUNPAL_TABLE_NAME"] == {"Ref": "PunPalTable"}
    assert env["SKILL_ID"] == {"Ref": "SkillId"}
    assert env["PUNPAL_GENERATOR"] == {"Ref": "Generator"}
    assert env["PUNPAL_MODEL_URI"] == {"Ref": "ModelUri"}
    assert env["PUNPAL_BEDROCK_MODEL_ID"] == {"Ref": "BedrockModelId"}
    assert env["PUNPAL_KID_MODE"] == {"Ref": "KidModeDefault"}
    assert env["LOG_LEVEL"] == {"Ref": "LogLevel"}
    assert {"PUNPAL_BEDROCK_REGION", "PUNPAL_BEDROCK_GUARDRAIL_ID", "POWERTOOLS_SERVICE_NAME"} <= set(env)


def test_bedrock_region_defaults_to_the_stack_region(template: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    out = translate(template, monkeypatch)
    env = out["Resources"]["PunPalFunction"]["Properties"]["Environment"]["Variables"]
    assert Evaluator(out, parameter_values(template)).eval(env["PUNPAL_BEDROCK_REGION"]) == REGION
    params = parameter_values(template, BedrockRegion="us-east-1")
    assert Evaluator(out, params).eval(env["PUNPAL_BEDROCK_REGION"]) == "us-east-1"


def test_built_with_the_makefile_target(template: dict[str, Any]) -> None:
    fn = template["Resources"]["PunPalFunction"]
    assert fn["Metadata"]["BuildMethod"] == "makefile"
    assert fn["Properties"]["CodeUri"] == "."
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^build-PunPalFunction:", makefile, re.M)


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_makefile_builds_wheels_for_the_template_runtime(template: dict[str, Any]) -> None:
    runtime = template["Resources"]["PunPalFunction"]["Properties"]["Runtime"]
    printed = subprocess.run(
        ["make", "-s", "--no-print-directory", "--eval", "print-%: ; @echo $($*)", "print-LAMBDA_PYTHON_VERSION"],
        cwd=ROOT, capture_output=True, text=True, timeout=30, check=True,
    ).stdout.strip()
    assert runtime == "python" + printed


def test_samconfig_builds_in_source() -> None:
    """The makefile build would otherwise copy the whole tree (.venv included) to a scratch dir."""
    config = tomllib.loads((ROOT / "samconfig.toml").read_text(encoding="utf-8"))
    assert config["default"]["build"]["parameters"]["build_in_source"] is True


# --------------------------------------------------------------------------- IAM
def test_default_role_reaches_only_the_tables(template: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    out = translate(template, monkeypatch)
    role = out["Resources"]["PunPalFunctionRole"]["Properties"]
    assert role["ManagedPolicyArns"] == ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]
    statements = role_statements(out, parameter_values(template))
    assert len(statements) == 2  # offline generator, no ModelUri: the two DynamoDB tables only
    dynamo = actions_of(statements, "dynamodb:")
    assert {a for a, r in dynamo if r == "<PunPalTable.Arn>"} == {"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"}
    assert {a for a, r in dynamo if r == "<PunPalRatingsTable.Arn>"} == {"dynamodb:UpdateItem", "dynamodb:Scan"}
    assert {r for _, r in dynamo} == {"<PunPalTable.Arn>", "<PunPalRatingsTable.Arn>"}
    for s in statements:
        assert s["Effect"] == "Allow"
        assert "*" not in json.dumps(s["Action"]), s
        assert "*" not in json.dumps(s["Resource"]), s


@pytest.mark.parametrize("generator", ["offline", "transformers", "bedrock"])
def test_dynamodb_is_never_granted_on_wildcards(
        template: dict[str, Any], monkeypatch: pytest.MonkeyPatch, generator: str) -> None:
    out = translate(template, monkeypatch, Generator=generator)
    params = parameter_values(template, Generator=generator, ModelUri="s3://models/punpal/")
    statements = role_statements(out, params)
    for action, resource in actions_of(statements, "dynamodb:"):
        assert resource in ("<PunPalTable.Arn>", "<PunPalRatingsTable.Arn>"), (action, resource)
        # Users' attributes are read by key only; only the (id-free) ratings table is scanned.
        assert action != "dynamodb:Scan" or resource == "<PunPalRatingsTable.Arn>", (action, resource)
    assert not [a for s in statements for a in as_list(s["Action"])
                if a in ("*", "dynamodb:*", "dynamodb:CreateTable")]


def test_bedrock_permissions_only_with_the_bedrock_generator(
        template: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    out = translate(template, monkeypatch, Generator="bedrock")
    for generator in ("offline", "transformers"):
        assert not actions_of(role_statements(out, parameter_values(template, Generator=generator)), "bedrock:")

    model = "eu.amazon.nova-micro-v1:0"
    statements = role_statements(out, parameter_values(template, Generator="bedrock", BedrockModelId=model))
    resources = {r for _, r in actions_of(statements, "bedrock:InvokeModel")}
    profile = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:inference-profile/{model}"
    assert resources == {f"arn:aws:bedrock:{REGION}::foundation-model/{model}", profile,
                         "arn:aws:bedrock:*::foundation-model/*"}
    wildcard = [s for s in statements if s["Resource"] == "arn:aws:bedrock:*::foundation-model/*"]
    assert len(wildcard) == 1
    # The any-region model ARN is usable only through our own inference profile.
    assert wildcard[0]["Condition"] == {"StringEquals": {"bedrock:InferenceProfileArn": profile}}
    assert not actions_of(statements, "bedrock:ApplyGuardrail")  # no guardrail configured

    with_guardrail = role_statements(out, parameter_values(
        template, Generator="bedrock", BedrockGuardrailId="abc123xyz", BedrockRegion="us-east-1"))
    assert actions_of(with_guardrail, "bedrock:ApplyGuardrail") == [
        ("bedrock:ApplyGuardrail", f"arn:aws:bedrock:us-east-1:{ACCOUNT}:guardrail/abc123xyz")]
    default_model = template["Parameters"]["BedrockModelId"]["Default"]
    assert f"arn:aws:bedrock:us-east-1::foundation-model/{default_model}" in {
        r for _, r in actions_of(with_guardrail, "bedrock:InvokeModel")}


@pytest.mark.parametrize(("model_uri", "expected"), [
    ("", None),
    ("/opt/model", None),
    ("s3://punpal-models/transformers/v1/", "arn:aws:s3:::punpal-models/transformers/v1/*"),
    ("s3://punpal-models/model.tar.gz", "arn:aws:s3:::punpal-models/model.tar.gz*"),
])
def test_s3_read_only_for_an_s3_model_uri(
        template: dict[str, Any], monkeypatch: pytest.MonkeyPatch, model_uri: str, expected: str | None) -> None:
    out = translate(template, monkeypatch, Generator="transformers", ModelUri=model_uri)
    statements = role_statements(out, parameter_values(template, Generator="transformers", ModelUri=model_uri))
    s3 = actions_of(statements, "s3:")
    assert s3 == ([] if expected is None else [("s3:GetObject", expected)])


# --------------------------------------------------------------------------- table, logs, outputs
def test_table_matches_the_ask_sdk_dynamodb_adapter(template: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    out = translate(template, monkeypatch)
    resource = out["Resources"]["PunPalTable"]
    table = resource["Properties"]
    assert table["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]
    assert table["AttributeDefinitions"] == [{"AttributeName": "id", "AttributeType": "S"}]
    assert table["BillingMode"] == "PAY_PER_REQUEST"
    assert table["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert table["SSESpecification"]["SSEEnabled"] is True
    assert resource["DeletionPolicy"] == "Retain"
    assert resource["UpdateReplacePolicy"] == "Retain"


def test_log_group_has_retention(template: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    out = translate(template, monkeypatch)
    logs = out["Resources"]["PunPalLogGroup"]["Properties"]
    assert logs["RetentionInDays"] == {"Ref": "LogRetentionDays"}
    assert int(template["Parameters"]["LogRetentionDays"]["Default"]) <= 90


def test_outputs_give_the_endpoint_arn_and_table(template: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = translate(template, monkeypatch)["Outputs"]
    assert outputs["PunPalFunctionArn"]["Value"] == {"Fn::GetAtt": ["PunPalFunction", "Arn"]}
    assert outputs["PunPalTableName"]["Value"] == {"Ref": "PunPalTable"}
