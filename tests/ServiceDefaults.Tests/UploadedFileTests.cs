using System.Text;
using Microsoft.AspNetCore.Http;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Validation;
using Xunit;

namespace PartnershipHub.ServiceDefaults.Tests;

/// <summary>An import's file: the body as it is, or the file section of a multipart upload; a form without one names <c>file</c>.</summary>
public sealed class UploadedFileTests
{
    private static HttpRequest Request(string contentType, string body)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }

    private static async Task<string> ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task A_csv_body_is_the_file()
    {
        Assert.Equal("a;b\n1;2\n", await ReadAsync(await Request("text/csv", "a;b\n1;2\n").ReadFileAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task The_file_section_of_a_multipart_upload_is_the_file()
    {
        const string body = "--x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nnot this\r\n"
            + "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"absence.csv\"\r\nContent-Type: text/csv\r\n\r\na;b\r\n--x--\r\n";

        Assert.Equal("a;b", await ReadAsync(await Request("multipart/form-data; boundary=x", body).ReadFileAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_form_without_a_file_or_a_boundary_names_the_file_field()
    {
        var noFile = await Assert.ThrowsAsync<FieldValidationException>(() =>
            Request("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--x--\r\n").ReadFileAsync(CancellationToken.None));
        var noBoundary = await Assert.ThrowsAsync<FieldValidationException>(() => Request("multipart/form-data", "").ReadFileAsync(CancellationToken.None));

        Assert.Equal(["file"], noFile.Errors.Keys);
        Assert.Equal(["file"], noBoundary.Errors.Keys);
    }
}
