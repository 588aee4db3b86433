package dev.polybridge.graal.internal;

import dev.polybridge.Language;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.function.Function;
import org.graalvm.polyglot.Value;

/**
 * {@code java.time} both ways.
 *
 * <p>Python: {@code Instant}, {@code ZonedDateTime} and {@code OffsetDateTime} become aware {@code
 * datetime}s with a fixed UTC offset; {@code LocalDateTime} a naive {@code datetime}; {@code
 * LocalDate} a {@code date}; {@code LocalTime} a {@code time}; {@code Duration} a {@code
 * timedelta}. Back, a naive datetime is refused as {@code Instant} (it has no zone).
 *
 * <p>JavaScript has only instants ({@code Date}): {@code Instant}, {@code ZonedDateTime} and {@code
 * OffsetDateTime} become a {@code Date}; {@code LocalDate}, {@code LocalTime} and {@code
 * LocalDateTime} become ISO-8601 strings ({@code "2024-05-01"}), as JSON carries them; a {@code
 * Duration} becomes a number of milliseconds. Back, ISO strings and Dates are accepted.
 */
final class TimeCodec {
  private TimeCodec() {}

  // ---- Java to guest ----

  /** The guest form of a java.time value, or null when {@code v} is not one. */
  static Object encode(Object v, GraalContext context) {
    if (!(v instanceof Temporal) && !(v instanceof Duration)) {
      return null;
    }
    GuestSupport s = context.support();
    boolean python = context.language() == Language.PYTHON;
    if (v instanceof Duration) {
      Duration d = (Duration) v;
      return python
          ? s.helper("make_timedelta").execute(d.getSeconds(), d.getNano() / 1000)
          : (Object) d.toMillis();
    }
    OffsetDateTime aware = null;
    if (v instanceof Instant) {
      aware = ((Instant) v).atOffset(ZoneOffset.UTC);
    } else if (v instanceof ZonedDateTime) {
      aware = ((ZonedDateTime) v).toOffsetDateTime();
    } else if (v instanceof OffsetDateTime) {
      aware = (OffsetDateTime) v;
    }
    if (aware != null) {
      if (!python) {
        return s.helper("newDate").execute(aware.toInstant().toEpochMilli());
      }
      return s.helper("make_datetime")
          .execute(
              aware.getYear(),
              aware.getMonthValue(),
              aware.getDayOfMonth(),
              aware.getHour(),
              aware.getMinute(),
              aware.getSecond(),
              aware.getNano() / 1000,
              aware.getOffset().getTotalSeconds());
    }
    if (!python
        && (v instanceof LocalDate || v instanceof LocalTime || v instanceof LocalDateTime)) {
      return v.toString();
    }
    if (v instanceof LocalDateTime) {
      LocalDateTime t = (LocalDateTime) v;
      return s.helper("make_datetime")
          .execute(
              t.getYear(),
              t.getMonthValue(),
              t.getDayOfMonth(),
              t.getHour(),
              t.getMinute(),
              t.getSecond(),
              t.getNano() / 1000,
              null);
    }
    if (v instanceof LocalDate) {
      LocalDate d = (LocalDate) v;
      return s.helper("make_date").execute(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
    if (v instanceof LocalTime) {
      LocalTime t = (LocalTime) v;
      return s.helper("make_time")
          .execute(t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000);
    }
    return null;
  }

  // ---- guest to Java ----

  static Decoder decoder(Type type, Class<?> raw, ToJava registry) {
    if (raw == Instant.class) {
      return time(
          type,
          Instant::parse,
          v -> {
            if (v.isInstant()) {
              return v.asInstant();
            }
            return v.isDate() && v.isTime() ? NAIVE : null;
          });
    }
    if (raw == ZonedDateTime.class) {
      return time(
          type,
          ZonedDateTime::parse,
          v -> {
            if (v.isDate() && v.isTime() && v.isTimeZone()) {
              // normalized(): a fixed offset is a ZoneOffset (+02:00), not a region "UTC+02:00".
              return ZonedDateTime.of(v.asDate(), v.asTime(), v.asTimeZone().normalized());
            }
            return v.isDate() && v.isTime() ? NAIVE : null;
          });
    }
    if (raw == OffsetDateTime.class) {
      return time(
          type,
          OffsetDateTime::parse,
          v -> {
            if (v.isDate() && v.isTime() && v.isTimeZone()) {
              return ZonedDateTime.of(v.asDate(), v.asTime(), v.asTimeZone()).toOffsetDateTime();
            }
            return v.isDate() && v.isTime() ? NAIVE : null;
          });
    }
    if (raw == LocalDateTime.class) {
      return time(
          type,
          LocalDateTime::parse,
          v -> v.isDate() && v.isTime() ? LocalDateTime.of(v.asDate(), v.asTime()) : null);
    }
    if (raw == LocalDate.class) {
      return time(type, LocalDate::parse, v -> v.isDate() && !v.isTime() ? v.asDate() : null);
    }
    if (raw == LocalTime.class) {
      return time(type, LocalTime::parse, v -> v.isTime() && !v.isDate() ? v.asTime() : null);
    }
    if (raw == Duration.class) {
      return (v, c, p) -> {
        if (v.isNull()) {
          return null;
        }
        if (v.isDuration()) {
          return v.asDuration();
        }
        if (c.language() == Language.PYTHON) {
          Value parts = c.support().helper("timedelta_parts").execute(v);
          if (!parts.isNull()) {
            return Duration.ofDays(parts.getArrayElement(0).asLong())
                .plusSeconds(parts.getArrayElement(1).asLong())
                .plusNanos(parts.getArrayElement(2).asLong() * 1000);
          }
        } else if (v.isNumber() && v.fitsInLong()) {
          return Duration.ofMillis(v.asLong());
        }
        throw Decoders.fail(
            v,
            c,
            type,
            p,
            c.language() == Language.PYTHON
                ? "it is not a timedelta"
                : "it is not a number of milliseconds");
      };
    }
    return null;
  }

  /** Marks a date-time without a zone asked for as an instant. */
  private static final Object NAIVE = new Object();

  private static Decoder time(
      Type type, Function<String, Object> parse, Function<Value, Object> fromGuest) {
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (v.isString()) {
        try {
          return parse.apply(v.asString());
        } catch (DateTimeParseException e) {
          throw Decoders.fail(v, c, type, p, "it is not an ISO-8601 text of that type");
        }
      }
      Object result = fromGuest.apply(v);
      if (result == NAIVE) {
        throw Decoders.fail(
            v, c, type, p, "it has no time zone; ask for LocalDateTime, or give it a tzinfo");
      }
      if (result == null) {
        throw Decoders.fail(v, c, type, p, "it is not a date or time of that kind");
      }
      return result;
    };
  }
}
