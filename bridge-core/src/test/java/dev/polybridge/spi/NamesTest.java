package dev.polybridge.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Names#snakeCase}, the Python fallback spelling of a Java name. */
class NamesTest {

  @Test
  void camelCaseWordsAreJoinedByUnderscores() {
    assertEquals("first_name", Names.snakeCase("firstName"));
    assertEquals("get_display_name", Names.snakeCase("getDisplayName"));
    assertEquals("a_b", Names.snakeCase("aB"));
    assertEquals("get_x", Names.snakeCase("getX"));
  }

  @Test
  void leadingCapitalIsLowerCasedWithoutAnUnderscore() {
    assertEquals("person", Names.snakeCase("Person"));
    assertEquals("display_name", Names.snakeCase("DisplayName"));
  }

  @Test
  void acronymIsOneWordEndingBeforeTheCapitalThatStartsTheNextWord() {
    assertEquals("parse_url", Names.snakeCase("parseURL"));
    assertEquals("url_parser", Names.snakeCase("URLParser"));
    assertEquals("get_http_response_code", Names.snakeCase("getHTTPResponseCode"));
    assertEquals("is_url_valid", Names.snakeCase("isURLValid"));
    assertEquals("user_id", Names.snakeCase("userID"));
    assertEquals("id", Names.snakeCase("ID"));
  }

  @Test
  void acronymFollowedByALowerCaseLetterLendsItsLastCapitalToTheNextWord() {
    // The rule that splits URLParser as url_parser cannot tell a plural "s" from a next word.
    assertEquals("user_i_ds", Names.snakeCase("userIDs"));
    assertEquals("get_ur_ls", Names.snakeCase("getURLs"));
  }

  @Test
  void digitsStayWithTheWordBeforeThem() {
    assertEquals("utf8_decode", Names.snakeCase("utf8Decode"));
    assertEquals("sha256_hash", Names.snakeCase("sha256Hash"));
    assertEquals("version2", Names.snakeCase("version2"));
    assertEquals("html5_parser", Names.snakeCase("html5Parser"));
    assertEquals("html5_parser", Names.snakeCase("HTML5Parser"));
    assertEquals("mp3_player", Names.snakeCase("MP3Player"));
    assertEquals("point3_d", Names.snakeCase("point3D"));
  }

  @Test
  void leadingUnderscoresAreKeptAndAddNoOtherUnderscore() {
    assertEquals("_private_name", Names.snakeCase("_privateName"));
    assertEquals("_foo", Names.snakeCase("_Foo"));
    assertEquals("__foo", Names.snakeCase("__Foo"));
    assertEquals("__init__", Names.snakeCase("__init__"));
  }

  @Test
  void snakeCaseNamesAreUnchanged() {
    assertEquals("first_name", Names.snakeCase("first_name"));
    assertEquals("a_b_c", Names.snakeCase("a_b_c"));
    assertEquals("name_", Names.snakeCase("name_"));
    assertEquals("first_name", Names.snakeCase("first_Name"));
  }

  @Test
  void upperCaseConstantsBecomeLowerCase() {
    assertEquals("max_value", Names.snakeCase("MAX_VALUE"));
    assertEquals("http_ok", Names.snakeCase("HTTP_OK"));
  }

  @Test
  void emptyAndOneLetterNames() {
    assertEquals("", Names.snakeCase(""));
    assertEquals("x", Names.snakeCase("x"));
    assertEquals("x", Names.snakeCase("X"));
    assertEquals("_", Names.snakeCase("_"));
    assertEquals("ab", Names.snakeCase("AB"));
    assertEquals("ab", Names.snakeCase("Ab"));
  }

  @Test
  void nonAsciiLettersFollowTheSameRules() {
    assertEquals("größe_in_meter", Names.snakeCase("größeInMeter"));
    assertEquals("état_civil", Names.snakeCase("ÉtatCivil"));
  }
}
