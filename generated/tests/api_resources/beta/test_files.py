# Generated from openapi/ by `python -m generator`; edit the spec, sdk.yaml or templates/, not this file.

from __future__ import annotations

from typing import Any

import pytest
from sdk_testing import assert_matches_type

from anthropic._response import AsyncBinaryAPIResponse, BinaryAPIResponse
from anthropic.types.beta.deleted_file import DeletedFile
from anthropic.types.beta.file_metadata import FileMetadata

pytestmark = pytest.mark.prism


def test_list(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.list()
    for item in result.data:
        assert_matches_type(FileMetadata, item)


def test_list_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.list(before_id="string", after_id="string", limit=20, betas=["string"])
    for item in result.data:
        assert_matches_type(FileMetadata, item)


def test_list_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.files.list()
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(FileMetadata, item)


def test_list_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.files.list() as response:
        assert not response.is_closed
        parsed = response.parse()
        for item in parsed.data:
            assert_matches_type(FileMetadata, item)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_list(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.list()
    for item in result.data:
        assert_matches_type(FileMetadata, item)


@pytest.mark.anyio
async def test_async_list_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.list(before_id="string", after_id="string", limit=20, betas=["string"])
    for item in result.data:
        assert_matches_type(FileMetadata, item)


@pytest.mark.anyio
async def test_async_list_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.files.list()
    parsed = response.parse()
    for item in parsed.data:
        assert_matches_type(FileMetadata, item)


@pytest.mark.anyio
async def test_async_list_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.files.list() as response:
        assert not response.is_closed
        parsed = await response.parse()
        for item in parsed.data:
            assert_matches_type(FileMetadata, item)

    assert response.is_closed


def test_delete(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.delete("string")
    assert_matches_type(DeletedFile, result)


def test_delete_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.delete("string", betas=["string"])
    assert_matches_type(DeletedFile, result)


def test_delete_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.files.delete("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(DeletedFile, parsed)


def test_delete_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.files.delete("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(DeletedFile, parsed)

    assert response.is_closed


def test_delete_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.files.delete("")


@pytest.mark.anyio
async def test_async_delete(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.delete("string")
    assert_matches_type(DeletedFile, result)


@pytest.mark.anyio
async def test_async_delete_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.delete("string", betas=["string"])
    assert_matches_type(DeletedFile, result)


@pytest.mark.anyio
async def test_async_delete_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.files.delete("string")
    parsed = response.parse()
    assert_matches_type(DeletedFile, parsed)


@pytest.mark.anyio
async def test_async_delete_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.files.delete("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(DeletedFile, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_delete_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.files.delete("")


def test_download(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.download("string")
    assert isinstance(result, BinaryAPIResponse)
    assert isinstance(result.read(), bytes)


def test_download_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.download("string", betas=["string"])
    assert isinstance(result, BinaryAPIResponse)
    assert isinstance(result.read(), bytes)


def test_download_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.files.download("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert isinstance(parsed, bytes)


def test_download_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.files.download("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert isinstance(parsed, bytes)

    assert response.is_closed


def test_download_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.files.download("")


@pytest.mark.anyio
async def test_async_download(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.download("string")
    assert isinstance(result, AsyncBinaryAPIResponse)
    assert isinstance(await result.read(), bytes)


@pytest.mark.anyio
async def test_async_download_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.download("string", betas=["string"])
    assert isinstance(result, AsyncBinaryAPIResponse)
    assert isinstance(await result.read(), bytes)


@pytest.mark.anyio
async def test_async_download_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.files.download("string")
    parsed = await response.parse()
    assert isinstance(parsed, bytes)


@pytest.mark.anyio
async def test_async_download_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.files.download("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert isinstance(parsed, bytes)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_download_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.files.download("")


def test_retrieve_metadata(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.retrieve_metadata("string")
    assert_matches_type(FileMetadata, result)


def test_retrieve_metadata_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.retrieve_metadata("string", betas=["string"])
    assert_matches_type(FileMetadata, result)


def test_retrieve_metadata_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.files.retrieve_metadata("string")
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(FileMetadata, parsed)


def test_retrieve_metadata_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.files.retrieve_metadata("string") as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(FileMetadata, parsed)

    assert response.is_closed


def test_retrieve_metadata_empty_path_param(query_client: Any) -> None:
    client = query_client
    with pytest.raises(ValueError, match="non-empty"):
        client.beta.files.retrieve_metadata("")


@pytest.mark.anyio
async def test_async_retrieve_metadata(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.retrieve_metadata("string")
    assert_matches_type(FileMetadata, result)


@pytest.mark.anyio
async def test_async_retrieve_metadata_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.retrieve_metadata("string", betas=["string"])
    assert_matches_type(FileMetadata, result)


@pytest.mark.anyio
async def test_async_retrieve_metadata_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.files.retrieve_metadata("string")
    parsed = response.parse()
    assert_matches_type(FileMetadata, parsed)


@pytest.mark.anyio
async def test_async_retrieve_metadata_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.files.retrieve_metadata("string") as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(FileMetadata, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_retrieve_metadata_empty_path_param(async_query_client: Any) -> None:
    client = async_query_client
    with pytest.raises(ValueError, match="non-empty"):
        await client.beta.files.retrieve_metadata("")


def test_upload(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.upload(file=("sample.txt", b"sample file contents", "text/plain"))
    assert_matches_type(FileMetadata, result)


def test_upload_with_all_params(query_client: Any) -> None:
    client = query_client
    result = client.beta.files.upload(betas=["string"], file=("sample.txt", b"sample file contents", "text/plain"))
    assert_matches_type(FileMetadata, result)


def test_upload_raw_response(query_client: Any) -> None:
    client = query_client
    response = client.with_raw_response.beta.files.upload(file=("sample.txt", b"sample file contents", "text/plain"))
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    parsed = response.parse()
    assert_matches_type(FileMetadata, parsed)


def test_upload_streaming_response(query_client: Any) -> None:
    client = query_client
    with client.with_streaming_response.beta.files.upload(
        file=("sample.txt", b"sample file contents", "text/plain")
    ) as response:
        assert not response.is_closed
        parsed = response.parse()
        assert_matches_type(FileMetadata, parsed)

    assert response.is_closed


@pytest.mark.anyio
async def test_async_upload(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.upload(file=("sample.txt", b"sample file contents", "text/plain"))
    assert_matches_type(FileMetadata, result)


@pytest.mark.anyio
async def test_async_upload_with_all_params(async_query_client: Any) -> None:
    client = async_query_client
    result = await client.beta.files.upload(
        betas=["string"], file=("sample.txt", b"sample file contents", "text/plain")
    )
    assert_matches_type(FileMetadata, result)


@pytest.mark.anyio
async def test_async_upload_raw_response(async_query_client: Any) -> None:
    client = async_query_client
    response = await client.with_raw_response.beta.files.upload(
        file=("sample.txt", b"sample file contents", "text/plain")
    )
    parsed = response.parse()
    assert_matches_type(FileMetadata, parsed)


@pytest.mark.anyio
async def test_async_upload_streaming_response(async_query_client: Any) -> None:
    client = async_query_client
    async with client.with_streaming_response.beta.files.upload(
        file=("sample.txt", b"sample file contents", "text/plain")
    ) as response:
        assert not response.is_closed
        parsed = await response.parse()
        assert_matches_type(FileMetadata, parsed)

    assert response.is_closed
