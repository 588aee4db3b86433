"""python3-sqlalchemy, as its documentation shows it."""

PACKAGE = "python3-sqlalchemy"
NATIVE = True  # its sqlite dialect needs GraalPy's native sqlite3


def run():
    from sqlalchemy import Column, Integer, String, create_engine, select
    from sqlalchemy.orm import Session, declarative_base
    Base = declarative_base()
    class User(Base):
        __tablename__ = "users"
        id = Column(Integer, primary_key=True)
        name = Column(String(30))
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add_all([User(name="ann"), User(name="bob")])
        s.commit()
        names = [u.name for u in s.scalars(select(User).where(User.name.like("%n%")))]
    return [names, str(select(User.name).where(User.id == 1))]
