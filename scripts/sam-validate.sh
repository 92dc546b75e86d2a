#!/usr/bin/env bash
# Validate template.yaml with the real AWS SAM CLI: `sam validate` (SAM translator) and
# `sam validate --lint` (cfn-lint). Works offline and without AWS credentials.
#
# aws-sam-cli lives in its own venv (default .venv-sam, ~340 MB): installed into the project
# venv it downgrades boto3, click and pydantic. The venv carries its own `.gitignore` ("*") so
# it can never be committed. CI does not run this script; it runs tests/test_template.py
# (cfn-lint + aws-sam-translator in-process), which checks the same template in seconds.
#
# cfn-lint is pinned to 1.53.x: from 1.54 on it no longer runs the SAM translator and checks
# AWS::Serverless::* resources only against SAM's schema, so `--lint` with sam-cli 1.170's default
# cfn-lint 1.58 passed a template with `Runtime: python2.9` or a !GetAtt of a missing resource.
#
# Usage: scripts/sam-validate.sh [extra `sam validate` args]
# Env:   SAM_VENV (default .venv-sam), SAM_CLI_VERSION (default 1.170.0), CFN_LINT_VERSION
#        (default 1.53.3), PYTHON (creates the venv), AWS_DEFAULT_REGION (default us-east-1),
#        TEMPLATE (default template.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."

SAM_CLI_VERSION="${SAM_CLI_VERSION:-1.170.0}"
CFN_LINT_VERSION="${CFN_LINT_VERSION:-1.53.3}"
SAM_VENV="${SAM_VENV:-.venv-sam}"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
TEMPLATE="${TEMPLATE:-template.yaml}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}"
export SAM_CLI_TELEMETRY=0

STAMP="$SAM_VENV/.installed-$SAM_CLI_VERSION-cfn-lint-$CFN_LINT_VERSION"
if [ ! -f "$STAMP" ]; then
  echo "==> installing aws-sam-cli==$SAM_CLI_VERSION, cfn-lint==$CFN_LINT_VERSION into $SAM_VENV (one-off, ~340 MB)"
  "$PYTHON" -m venv "$SAM_VENV"
  printf '*\n' > "$SAM_VENV/.gitignore"
  "$SAM_VENV/bin/python" -m pip install -q --disable-pip-version-check \
    "aws-sam-cli==$SAM_CLI_VERSION" "cfn-lint==$CFN_LINT_VERSION"
  rm -f "$SAM_VENV"/.installed-*
  touch "$STAMP"
fi

SAM="$SAM_VENV/bin/sam"
echo "==> $("$SAM" --version), $("$SAM_VENV/bin/cfn-lint" --version) (region $AWS_DEFAULT_REGION)"
echo "==> sam validate"
"$SAM" validate --template-file "$TEMPLATE" "$@"
echo "==> sam validate --lint"
"$SAM" validate --lint --template-file "$TEMPLATE" "$@"
