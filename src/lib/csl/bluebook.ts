/**
 * A Bluebook-like legal citation (The Bluebook, rules 15, 16 and 18: reports, newspapers and
 * internet sources), for the kinds of item this archive holds. Written for this archive in the
 * Citation Style Language; names of institutions are not abbreviated.
 */
export const bluebook = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="never" default-locale="en-US">
  <info>
    <title>Bluebook-like legal citation, as used by this archive</title>
    <id>archive-bluebook</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <date form="text">
      <date-part name="month" form="short" suffix=" "/>
      <date-part name="day" suffix=", "/>
      <date-part name="year"/>
    </date>
    <terms>
      <term name="section" form="short"><single>§</single><multiple>§§</multiple></term>
      <term name="paragraph" form="short"><single>¶</single><multiple>¶¶</multiple></term>
      <term name="appendix" form="short"><single>app.</single><multiple>apps.</multiple></term>
      <term name="circa" form="short">ca.</term>
    </terms>
  </locale>
  <macro name="author"><names variable="author"><name and="symbol" delimiter=", "/></names></macro>
  <macro name="issued">
    <group delimiter=" ">
      <choose><if is-uncertain-date="issued"><text term="circa" form="short"/></if></choose>
      <date variable="issued" form="text"/>
    </group>
  </macro>
  <macro name="number"><group delimiter=" "><text variable="genre"/><text variable="number"/></group></macro>
  <macro name="locator"><group delimiter=" "><label variable="locator" form="short" plural="never"/><text variable="locator"/></group></macro>
  <citation>
    <layout suffix="." delimiter="; ">
      <group delimiter=", ">
        <group delimiter=" ">
          <group delimiter=", ">
            <text macro="author"/>
            <text variable="title" font-style="italic"/>
            <choose>
              <if type="report"><text macro="number"/></if>
              <else>
                <text variable="genre"/>
                <text variable="container-title"/>
                <choose><if variable="container-title" match="none"><text variable="publisher"/></if></choose>
              </else>
            </choose>
          </group>
          <text macro="locator"/>
          <text macro="issued" prefix="(" suffix=")"/>
        </group>
        <text variable="URL"/>
      </group>
    </layout>
  </citation>
</style>
`;
