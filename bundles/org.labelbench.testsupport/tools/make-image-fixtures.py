#!/usr/bin/python3
"""Makes the image fixtures in src/org/labelbench/testsupport/images/ and their reference pixels.

Run with Debian's interpreter from the repository root (needs python3-pydicom, python3-numpy, python3-pil, dcmtk and
libopenjp2-tools; none of them is needed by the build or the tests, which use what this script wrote):

    /usr/bin/python3 bundles/org.labelbench.testsupport/tools/make-image-fixtures.py

index.tsv has one line per fixture: file, expected format (or "error"), width, height, bits, samples per pixel,
frames, tolerance, the reference decoder, and for errors a phrase the reason must contain. FILE.ref.gz holds the
reference samples as int32 little-endian, frame by frame, row by row, samples of a pixel together (R, G, B): stored
values for grayscale (before rescale), RGB for colour. The reference decoders are never Labelbench's own (pydicom,
dcmtk, OpenJPEG, Pillow). FILE.window.gz holds dcmtk's dcm2pnm rendering (8-bit) with the window in window.tsv.
tolerance 0 means every sample must be equal; n > 0 allows differences up to n (lossy codestreams, where conforming
decoders may round differently).
"""
import gzip, os, shutil, subprocess, sys, tempfile, warnings
import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.encaps import encapsulate, generate_pixel_data_frame
from pydicom.pixel_data_handlers.util import convert_color_space
from PIL import Image, ImageOps

warnings.filterwarnings("ignore")
PYDICOM = "/usr/lib/python3/dist-packages/pydicom/data/test_files"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "org", "labelbench", "testsupport", "images")
TMP = tempfile.mkdtemp()
index = ["#file\tformat\twidth\theight\tbits\tspp\tframes\ttol\treference\terror"]
windows = ["#file\tcenter\twidth"]


def out(name):
    return os.path.join(OUT, name)


def write_ref(name, arr):
    with gzip.GzipFile(out(name + ".ref.gz"), "wb", mtime=0) as g:
        g.write(np.ascontiguousarray(np.asarray(arr).astype("<i4")).tobytes())


def ok(name, fmt, arr, bits, frames, tol, ref):
    """arr: (frames,) rows, cols[, 3]"""
    a = np.asarray(arr)
    spp = 3 if a.ndim == (4 if frames > 1 else 3) else 1
    h, w = (a.shape[1], a.shape[2]) if frames > 1 else (a.shape[0], a.shape[1])
    write_ref(name, a)
    index.append(f"{name}\t{fmt}\t{w}\t{h}\t{bits}\t{spp}\t{frames}\t{tol}\t{ref}\t-")


def error(name, phrase):
    index.append(f"{name}\terror\t-\t-\t-\t-\t-\t-\t-\t{phrase}")


def run(*cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def dicom_ref(path):
    """pydicom's pixels; JPEG through dcmtk's dcmdjpeg first (pydicom 2.3 has no JPEG decoder here)."""
    ds = pydicom.dcmread(path)
    ts = ds.file_meta.TransferSyntaxUID
    if ts in ("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70"):
        d = os.path.join(TMP, "d.dcm")
        run("dcmdjpeg", path, d)
        return pydicom.dcmread(d), "dcmtk dcmdjpeg + pydicom"
    return ds, "pydicom"


def from_pydicom(name, source=None, ref=None):
    shutil.copy(os.path.join(PYDICOM, source or name), out(name))
    ds, how = dicom_ref(out(name))
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    a = ds.pixel_array if ref is None else ref
    if ds.PhotometricInterpretation.startswith("YBR") and ds.SamplesPerPixel == 3 and ref is None:
        a = convert_color_space(a, ds.PhotometricInterpretation, "RGB")
        how += " (YBR to RGB)"
    ok(name, "DICOM", a, ds.BitsStored, frames, 1 if "YBR" in how else 0, how)
    return ds


def j2k_ref(path):
    ds = pydicom.dcmread(path)
    frames = []
    for cs in generate_pixel_data_frame(ds.PixelData, int(getattr(ds, "NumberOfFrames", 1) or 1)):
        j2k, pgx = os.path.join(TMP, "f.j2k"), os.path.join(TMP, "f.raw")
        open(j2k, "wb").write(cs)
        run("opj_decompress", "-quiet", "-i", j2k, "-o", pgx)
        dt = {(8, 0): "u1", (8, 1): "i1", (16, 0): "<u2", (16, 1): "<i2"}[(ds.BitsAllocated, ds.PixelRepresentation)]
        shape = (ds.Rows, ds.Columns, ds.SamplesPerPixel) if ds.SamplesPerPixel > 1 else (ds.Rows, ds.Columns)
        raw = np.fromfile(pgx, dtype=dt)
        if ds.SamplesPerPixel > 1:  # opj writes planes one after the other
            raw = raw.reshape(ds.SamplesPerPixel, ds.Rows, ds.Columns).transpose(1, 2, 0)
        frames.append(raw.reshape(shape))
    return ds, frames[0] if len(frames) == 1 else np.stack(frames)


def new_dicom(name, arr, photometric, bits_stored, signed=False, frames=1, ts=pydicom.uid.ExplicitVRLittleEndian,
              **attrs):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"  # Secondary Capture
    meta.MediaStorageSOPInstanceUID = pydicom.uid.generate_uid(entropy_srcs=[name])
    meta.TransferSyntaxUID = ts
    ds = FileDataset(out(name), {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.Modality = "OT"
    ds.PatientID = "LB-" + name.split(".")[0].upper()
    ds.StudyID = "42"
    ds.StudyInstanceUID = pydicom.uid.generate_uid(entropy_srcs=["study", name])
    ds.SeriesInstanceUID = pydicom.uid.generate_uid(entropy_srcs=["series", name])
    a = np.asarray(arr)
    ds.Rows, ds.Columns = (a.shape[1], a.shape[2]) if frames > 1 else (a.shape[0], a.shape[1])
    ds.SamplesPerPixel = 3 if photometric in ("RGB", "YBR_FULL") else 1
    ds.PhotometricInterpretation = photometric
    if ds.SamplesPerPixel == 3:
        ds.PlanarConfiguration = 0
    ds.BitsAllocated = 8 if a.dtype.itemsize == 1 else 16
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    if frames > 1:
        ds.NumberOfFrames = frames
    for key, value in attrs.items():
        setattr(ds, key, value)
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.PixelData = np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<")).tobytes()
    ds.save_as(out(name), write_like_original=False)
    return ds


def dicoms():
    mr = from_pydicom("MR_small.dcm")
    for name in ("MR_small_implicit.dcm", "MR_small_bigendian.dcm", "MR_small_RLE.dcm"):
        from_pydicom(name)
    ds, a = j2k_ref(os.path.join(PYDICOM, "MR_small_jp2klossless.dcm"))
    shutil.copy(os.path.join(PYDICOM, "MR_small_jp2klossless.dcm"), out("MR_small_jp2klossless.dcm"))
    ok("MR_small_jp2klossless.dcm", "DICOM", a, 16, 1, 0, "OpenJPEG opj_decompress")
    ds, a = j2k_ref(os.path.join(PYDICOM, "JPEG2000.dcm"))
    shutil.copy(os.path.join(PYDICOM, "JPEG2000.dcm"), out("JPEG2000_lossy.dcm"))
    ok("JPEG2000_lossy.dcm", "DICOM", a, ds.BitsStored, 1, 1, "OpenJPEG opj_decompress (lossy 9/7)")
    ds, a = j2k_ref(os.path.join(PYDICOM, "SC_rgb_gdcm_KY.dcm"))
    shutil.copy(os.path.join(PYDICOM, "SC_rgb_gdcm_KY.dcm"), out("SC_rgb_j2k.dcm"))
    ok("SC_rgb_j2k.dcm", "DICOM", a, 8, 1, 0, "OpenJPEG opj_decompress")
    from_pydicom("CT_small.dcm")
    from_pydicom("SC_rgb_jpeg_baseline_ybr.dcm", "SC_rgb_jpeg_dcmtk.dcm")
    from_pydicom("SC_rgb_rle_2frame.dcm")
    from_pydicom("SC_rgb_bigendian.dcm", "ExplVR_BigEnd.dcm")
    from_pydicom("SC_ybr_full_422_uncompressed.dcm")

    # made here: every transfer syntax of the issue on small images
    run("dcmconv", "+td", out("MR_small.dcm"), out("MR_small_deflate.dcm"))
    from_pydicom_like("MR_small_deflate.dcm", "pydicom")
    run("dcmcjpeg", "+e1", out("MR_small.dcm"), out("MR_small_jpeg_lossless_sv1.dcm"))
    from_pydicom_like("MR_small_jpeg_lossless_sv1.dcm")
    run("dcmcjpeg", "+el", out("MR_small.dcm"), out("MR_small_jpeg_lossless_p14.dcm"))
    from_pydicom_like("MR_small_jpeg_lossless_p14.dcm")
    y, x = np.mgrid[0:24, 0:32]
    gray8 = ((x * 8 + y * 3) % 256).astype(np.uint8)
    new_dicom("gray8_mono1.dcm", gray8, "MONOCHROME1", 8, Modality="CR")
    ok("gray8_mono1.dcm", "DICOM", gray8, 8, 1, 0, "numpy (written by pydicom)")
    new_dicom("gray8.dcm", gray8, "MONOCHROME2", 8)
    run("dcmcjpeg", "+eb", "+un", out("gray8.dcm"), out("gray8_jpeg_baseline.dcm"))  # +un: same UID every run
    os.remove(out("gray8.dcm"))
    from_pydicom_like("gray8_jpeg_baseline.dcm")
    frames = np.stack([((x * 97 + y * 31 + f * 1000) % 4096).astype(np.uint16) for f in range(3)])
    new_dicom("multiframe.dcm", frames, "MONOCHROME2", 12, frames=3, WindowCenter=["2048", "1000"],
              WindowWidth=["4096", "500"], WindowCenterWidthExplanation=["FULL", "NARROW"])
    ok("multiframe.dcm", "DICOM", frames, 12, 3, 0, "numpy (written by pydicom)")
    run("dcmcrle", out("multiframe.dcm"), out("multiframe_rle.dcm"))
    from_pydicom_like("multiframe_rle.dcm")
    run("dcmcjpeg", "+e1", out("multiframe.dcm"), out("multiframe_jpeg_lossless.dcm"))
    from_pydicom_like("multiframe_jpeg_lossless.dcm")
    mr_j2k_lossy(mr)

    # a DICOM file named otherwise is recognised by its preamble
    shutil.copy(out("MR_small.dcm"), out("MR_small_named.jpg"))
    ds, how = dicom_ref(out("MR_small.dcm"))
    ok("MR_small_named.jpg", "DICOM", ds.pixel_array, 16, 1, 0, how)

    # broken or unsupported
    shutil.copy(os.path.join(PYDICOM, "MR_truncated.dcm"), out("MR_truncated.dcm"))
    error("MR_truncated.dcm", "truncated")
    data = open(out("MR_small_jp2klossless.dcm"), "rb").read()
    open(out("MR_small_jp2k_cut.dcm"), "wb").write(data[:len(data) * 2 // 3])
    error("MR_small_jp2k_cut.dcm", "truncated: the DICOM data ends early")
    shutil.copy(os.path.join(PYDICOM, "MR_small_jpeg_ls_lossless.dcm"), out("MR_small_jpeg_ls.dcm"))
    error("MR_small_jpeg_ls.dcm", "JPEG-LS lossless compression (1.2.840.10008.1.2.4.80) is not supported")
    shutil.copy(os.path.join(PYDICOM, "JPEG-lossy.dcm"), out("jpeg_12bit.dcm"))
    error("jpeg_12bit.dcm", "12-bit JPEG")
    shutil.copy(os.path.join(PYDICOM, "rtplan.dcm"), out("rtplan.dcm"))
    error("rtplan.dcm", "not an image: a DICOM RT Plan Storage without rows and columns")
    huge = new_dicom("huge.dcm", np.zeros((2, 2), np.uint8), "MONOCHROME2", 8)
    huge.Rows, huge.Columns = 60000, 60000
    huge.save_as(out("huge.dcm"), write_like_original=False)
    error("huge.dcm", "too large: 60000x60000 pixels")


def from_pydicom_like(name, how=None):
    ds, ref = dicom_ref(out(name))
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    ok(name, "DICOM", ds.pixel_array, ds.BitsStored, frames, 0, how or ref)


def mr_j2k_lossy(mr):
    """MR_small as irreversible (lossy) JPEG 2000, encoded by OpenJPEG."""
    raw = os.path.join(TMP, "mr.raw")
    mr.pixel_array.astype("<i2").tofile(raw)
    j2k = os.path.join(TMP, "mr.j2k")
    run("opj_compress", "-i", raw, "-o", j2k, "-F", "64,64,1,16,s", "-I", "-r", "8")
    ds = pydicom.dcmread(out("MR_small.dcm"))
    ds.file_meta.TransferSyntaxUID = pydicom.uid.JPEG2000
    ds.PixelData = encapsulate([open(j2k, "rb").read()])
    ds["PixelData"].is_undefined_length = True
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.save_as(out("MR_small_j2k_lossy.dcm"), write_like_original=False)
    ds, a = j2k_ref(out("MR_small_j2k_lossy.dcm"))
    # JJ2000 and OpenJPEG round the 9/7 wavelet of 16-bit data differently by up to 3 (on values up to 2145)
    ok("MR_small_j2k_lossy.dcm", "DICOM", a, 16, 1, 3, "OpenJPEG opj_decompress (lossy 9/7)")


def dcmtk_window(name, center, width):
    pgm = os.path.join(TMP, "w.pgm")
    run("dcm2pnm", "--write-raw-pnm", "+Ww", str(center), str(width), out(name), pgm)
    img = np.asarray(Image.open(pgm))
    with gzip.GzipFile(out(name + ".window.gz"), "wb", mtime=0) as g:
        g.write(img.astype("u1").tobytes())
    windows.append(f"{name}\t{center}\t{width}")


def pillow_ref(name, mode="RGB"):
    im = ImageOps.exif_transpose(Image.open(out(name)))
    return np.asarray(im.convert(mode) if mode else im)


def photos():
    y, x = np.mgrid[0:30, 0:40]
    gray8 = ((x * 6 + y * 2) % 256).astype(np.uint8)
    gray16 = ((x * 1601 + y * 977) % 65536).astype(np.uint16)
    rgb = np.dstack([(x * 6) % 256, (y * 8) % 256, ((x + y) * 5) % 256]).astype(np.uint8)
    Image.fromarray(gray8).save(out("gray8.png"))
    ok("gray8.png", "PNG", pillow_ref("gray8.png", "L"), 8, 1, 0, "Pillow")
    Image.fromarray(gray16.astype(np.int32), "I").convert("I;16").save(out("gray16.png"))
    ok("gray16.png", "PNG", gray16, 16, 1, 0, "numpy (written by Pillow)")
    Image.fromarray(gray16).save(out("gray16.tif"))
    ok("gray16.tif", "TIFF", np.asarray(Image.open(out("gray16.tif"))), 16, 1, 0, "Pillow")
    Image.fromarray(rgb).save(out("rgb.png"))
    ok("rgb.png", "PNG", rgb, 8, 1, 0, "numpy (written by Pillow)")
    Image.fromarray(np.dstack([rgb, (x * 6 % 256).astype(np.uint8)]), "RGBA").save(out("rgba.png"))
    ok("rgba.png", "PNG", rgb, 8, 1, 0, "numpy (alpha dropped)")
    Image.fromarray(rgb).save(out("rgb.tif"))
    ok("rgb.tif", "TIFF", rgb, 8, 1, 0, "numpy (written by Pillow)")
    Image.fromarray(rgb).save(out("rgb.bmp"))
    ok("rgb.bmp", "BMP", rgb, 8, 1, 0, "numpy (written by Pillow)")
    palette = Image.fromarray(rgb).quantize(16)
    palette.save(out("palette.png"))
    ok("palette.png", "PNG", pillow_ref("palette.png"), 8, 1, 0, "Pillow")
    palette.save(out("palette.bmp"))
    ok("palette.bmp", "BMP", pillow_ref("palette.bmp"), 8, 1, 0, "Pillow")
    Image.fromarray(rgb).save(out("rgb.jpg"), quality=92)
    ok("rgb.jpg", "JPEG", pillow_ref("rgb.jpg"), 8, 1, 2, "Pillow (libjpeg-turbo)")
    Image.fromarray(gray8).save(out("gray8.jpg"), quality=92)
    ok("gray8.jpg", "JPEG", pillow_ref("gray8.jpg", "L"), 8, 1, 2, "Pillow (libjpeg-turbo)")
    Image.fromarray(rgb).convert("CMYK").save(out("cmyk.jpg"), quality=95)
    ok("cmyk.jpg", "JPEG", pillow_ref("cmyk.jpg"), 8, 1, 2, "Pillow (libjpeg-turbo, CMYK to RGB)")
    # EXIF orientation: a picture whose quadrants differ, stored turned as a camera would
    quad = np.zeros((8, 12, 3), np.uint8)
    quad[:4, :6] = (250, 0, 0)
    quad[:4, 6:] = (0, 250, 0)
    quad[4:, :6] = (0, 0, 250)
    quad[4:, 6:] = (250, 250, 0)
    quad[0, 0] = (255, 255, 255)
    for orientation in range(1, 9):
        exif = Image.Exif()
        exif[0x0112] = orientation
        name = f"exif{orientation}.jpg"
        Image.fromarray(quad).save(out(name), quality=100, subsampling=0, exif=exif.tobytes())
        ok(name, "JPEG", pillow_ref(name), 8, 1, 2, "Pillow (libjpeg-turbo, ImageOps.exif_transpose)")

    # broken
    data = open(out("rgb.png"), "rb").read()
    open(out("truncated.png"), "wb").write(data[:len(data) // 2])
    error("truncated.png", "truncated")
    data = open(out("rgb.jpg"), "rb").read()
    scan = data.index(b"\xff\xda")  # cut inside the image data, after the headers
    open(out("truncated.jpg"), "wb").write(data[:scan + (len(data) - scan) // 2])
    error("truncated.jpg", "truncated")
    open(out("text.png"), "wb").write(b"this is not an image\n")
    error("text.png", "not an image: the content is none of JPEG, PNG, BMP, TIFF or DICOM")
    Image.fromarray(rgb).save(out("gif.png"), format="GIF")
    error("gif.png", "a GIF image, which Labelbench does not read")
    Image.new("L", (1, 1)).save(out("huge.png"))
    data = bytearray(open(out("huge.png"), "rb").read())
    data[16:24] = (100000).to_bytes(4, "big") + (100000).to_bytes(4, "big")  # IHDR width and height
    import zlib
    data[29:33] = zlib.crc32(bytes(data[12:29])).to_bytes(4, "big")
    open(out("huge.png"), "wb").write(bytes(data))
    error("huge.png", "too large: 100000x100000 pixels")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    dicoms()
    photos()
    dcmtk_window("MR_small.dcm", 600, 1600)
    dcmtk_window("CT_small.dcm", 40, 400)
    dcmtk_window("gray8_mono1.dcm", 100, 120)
    dcmtk_window("multiframe.dcm", 2048, 4096)
    open(out("index.tsv"), "w").write("\n".join(index) + "\n")
    open(out("window.tsv"), "w").write("\n".join(windows) + "\n")
    shutil.rmtree(TMP)
    total = sum(os.path.getsize(out(f)) for f in os.listdir(OUT))
    print(f"{len(index) - 1} fixtures, {total // 1024} KiB in {os.path.normpath(OUT)}")


main()
